import { css } from 'lit';

/**
 * The quiz is one box from loading to the score screen: a header, the progress, a stage that
 * scrolls inside the box when its content does not fit, and a footer with the one button that
 * moves the reader on, always in view. Its height comes from its width (statusStyles draws the
 * base at --_box): 30em when wide, up to 38em when narrow, where text wraps onto more lines.
 */
export const quizStyles = css`
  :host {
    --_box: var(--ore-quiz-reserved-size, clamp(30em, calc(50em - 40cqi), 38em));
    --_tint-success: color-mix(in srgb, var(--_color-success) 13%, var(--_color-surface));
    --_tint-danger: color-mix(in srgb, var(--_color-danger) 11%, var(--_color-surface));
    --_tint-accent: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
    --_gap: clamp(0.5em, 2.5cqi, 1em);
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: clamp(0.75em, 3.5cqi, 1.5em);
    border-block-start: 0.3em solid var(--_color-accent);
    /* Long compound words (Kreislaufwirtschaft, kaivosteollisuus) wrap rather than stick out. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  [part~='header'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }

  [part~='icon'] {
    flex: none;
    inline-size: 2.1em;
    block-size: 2.1em;
    padding: 0.35em;
    border-radius: 50%;
    background: var(--_color-accent);
    fill: none;
    stroke: var(--_color-accent-contrast);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [part~='icon'] circle:first-child {
    stroke: none;
  }

  [part~='icon'] .dot {
    fill: var(--_color-accent-contrast);
    stroke-width: 1.6;
  }

  [part~='title'] {
    min-inline-size: 0;
    margin: 0;
    font-size: clamp(1.15em, 4.2cqi, 1.5em);
    font-weight: 800;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }

  [part~='notice'] {
    margin-block: 0;
  }

  [part~='steps'] {
    display: flex;
    flex: 1 1 14em;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.9em;
    min-inline-size: 0;
  }

  [part~='progress'] {
    margin: 0;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_color-muted);
    white-space: nowrap;
  }

  [part~='progress-bar'] {
    display: flex;
    flex: 1 1 8em;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='progress-step'] {
    flex: 1 1 0;
    min-inline-size: 0.3em;
    block-size: 0.5em;
    border-radius: 0.25em;
    background: var(--_color-border);
  }

  [part~='progress-step-current'] {
    background: var(--_color-accent);
  }

  [part~='progress-step-right'] {
    background: var(--_color-success);
  }

  [part~='progress-step-wrong'] {
    background: var(--_color-danger);
  }

  [part~='form'],
  [part~='result'] {
    display: flex;
    flex: 1 1 0;
    flex-direction: column;
    gap: var(--_gap);
    min-block-size: 0;
  }

  [part~='stage'] {
    flex: 1 1 0;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Room for the choices' focus ring, which the scroller would otherwise cut. */
    margin-inline: -0.35em;
    padding: 0.35em;
  }

  /*
   * Scroll shadows: a soft edge appears at the top or bottom only while there is more to scroll
   * to (the covers scroll with the content, the shadows stay with the box).
   */
  [part~='stage'] {
    background:
      linear-gradient(var(--_color-surface) 40%, transparent) center top / 100% 1.5em no-repeat local,
      linear-gradient(transparent, var(--_color-surface) 60%) center bottom / 100% 1.5em no-repeat local,
      radial-gradient(farthest-side at 50% 0, color-mix(in srgb, var(--_color-text) 22%, transparent), transparent) center top / 100% 0.6em
        no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, color-mix(in srgb, var(--_color-text) 22%, transparent), transparent) center bottom / 100%
        0.6em no-repeat scroll;
  }

  [part~='stage']:focus-visible {
    outline-offset: -0.15em;
  }

  [part~='question'] {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  [part~='question']:focus-visible {
    outline: none;
  }

  [part~='legend'] {
    padding: 0;
    margin-block-end: 0.8em;
    font-size: clamp(1.05em, 3.4cqi, 1.25em);
    font-weight: 700;
    line-height: 1.35;
  }

  [part~='choices'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.55em;
  }

  [part~='choice'] {
    display: flex;
    align-items: center;
    gap: 0.7em;
    min-block-size: 2.7em;
    padding: 0.45em 0.8em;
    /* One width in every state, so marking a choice never shifts its text. */
    border: 0.125em solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_color-surface);
    line-height: 1.35;
    cursor: pointer;
  }

  [part~='choice']:hover:has(input:enabled) {
    border-color: var(--_color-accent);
    background: var(--_tint-accent);
  }

  [part~='choice']:has(input:checked:enabled) {
    border-color: var(--_color-accent);
    background: var(--_tint-accent);
    box-shadow: inset 0 0 0 0.0625em var(--_color-accent);
  }

  [part~='choice']:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 0.15em;
  }

  [part~='choice']:has(input:disabled) {
    cursor: default;
  }

  [part~='choice'] > span {
    min-inline-size: 0;
  }

  [part~='radio'] {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  /* The label outlines the whole choice; a second ring on the radio would be noise. */
  [part~='radio']:focus-visible {
    outline: none;
  }

  [part~='choice-correct'],
  [part~='choice-incorrect'] {
    font-weight: 700;
  }

  [part~='choice-correct'] {
    border-color: var(--_color-success);
    background: var(--_tint-success);
  }

  [part~='choice-incorrect'] {
    border-color: var(--_color-danger);
    border-style: dashed;
    background: var(--_tint-danger);
  }

  /* The marks repeat what the feedback says in words; the empty alternative keeps them silent. */
  [part~='choice-correct']::after,
  [part~='choice-incorrect']::after {
    margin-inline-start: auto;
    padding-inline-start: 0.3em;
    font-size: 1.25em;
    line-height: 1;
  }

  [part~='choice-correct']::after {
    content: '✓' / '';
    color: var(--_color-success);
  }

  [part~='choice-incorrect']::after {
    content: '✗' / '';
    color: var(--_color-danger);
  }

  [part~='feedback']:not(:empty) {
    margin-block-start: 0.9em;
  }

  [part~='feedback']:has([part~='verdict']) {
    padding: 0.7em 0.9em;
    border-radius: calc(var(--_radius) * 0.8);
    border-inline-start: 0.3em solid var(--_color-accent);
    background: var(--_color-surface-raised);
  }

  [part~='feedback'][data-verdict='right'] {
    border-inline-start-color: var(--_color-success);
    background: var(--_tint-success);
  }

  [part~='feedback'][data-verdict='wrong'] {
    border-inline-start-color: var(--_color-danger);
    background: var(--_tint-danger);
  }

  [part~='verdict'],
  [part~='explanation'] {
    margin-block: 0 0.35em;
  }

  [part~='verdict'] {
    font-weight: 800;
  }

  [part~='feedback'][data-verdict='right'] [part~='verdict'] {
    color: var(--_color-success);
  }

  [part~='feedback'][data-verdict='wrong'] [part~='verdict'] {
    color: var(--_color-danger);
  }

  [part~='card-link'] {
    display: inline-block;
    font-weight: 600;
    text-underline-offset: 0.15em;
  }

  [part~='card-link']::after {
    content: ' →' / '';
  }

  [part~='card-link']:dir(rtl)::after {
    content: ' ←' / '';
  }

  [part~='footer'] {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.6em 1.2em;
    padding-block-start: var(--_gap);
    border-block-start: 0.0625em solid var(--_color-border);
  }

  [part~='action'],
  [part~='restart'] {
    min-block-size: 2.75em;
    padding-inline: 1.3em;
    border-radius: 999em;
    font-weight: 700;
  }

  [part~='action']:hover,
  [part~='restart']:hover {
    background: color-mix(in srgb, var(--_color-accent) 85%, var(--_color-text));
  }

  [part~='summary'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em 1.2em;
    padding: 0.7em 0.9em;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }

  [part~='summary-chart'] {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: clamp(4.5em, 18cqi, 6.5em);
    aspect-ratio: 1;
  }

  [part~='summary-chart'] > * {
    grid-area: 1 / 1;
  }

  [part~='summary-ring'] {
    inline-size: 100%;
    block-size: 100%;
  }

  [part~='summary-track'],
  [part~='summary-arc'] {
    fill: none;
    stroke-width: 5;
  }

  [part~='summary-track'] {
    stroke: var(--_color-border);
  }

  [part~='summary-arc'] {
    stroke: var(--_color-success);
    stroke-linecap: round;
  }

  /* A round cap on an empty arc would still draw a dot. */
  [part~='summary-arc'][stroke-dasharray^='0 '] {
    stroke: none;
  }

  [part~='summary-value'] {
    font-size: clamp(1.1em, 4.5cqi, 1.5em);
    font-weight: 800;
  }

  [part~='summary-text'] {
    flex: 1 1 12em;
    min-inline-size: 0;
  }

  [part~='score'] {
    margin: 0 0 0.25em;
    font-size: clamp(1.1em, 3.6cqi, 1.3em);
    font-weight: 800;
    line-height: 1.25;
  }

  [part~='perfect'],
  [part~='advice'] {
    margin: 0;
    color: var(--_color-muted);
  }

  [part~='score']:focus-visible {
    outline-offset: 0.25em;
    border-radius: 0.2em;
  }

  [part~='review-heading'] {
    margin-block: 1em 0.5em;
    font-size: 1.05em;
    font-weight: 800;
  }

  [part~='review-list'] {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='review-item'] {
    display: flex;
    align-items: flex-start;
    gap: 0.7em;
    padding: 0.7em 0.8em;
    border: 0.0625em solid var(--_color-border);
    border-inline-start: 0.3em solid var(--_color-success);
    border-radius: calc(var(--_radius) * 0.8);
  }

  [part~='review-item-wrong'] {
    border-inline-start-color: var(--_color-danger);
  }

  [part~='review-number'] {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: 1.9em;
    block-size: 1.9em;
    border-radius: 50%;
    font-weight: 800;
    background: var(--_tint-success);
    color: var(--_color-success);
  }

  [part~='review-item-wrong'] [part~='review-number'] {
    background: var(--_tint-danger);
    color: var(--_color-danger);
  }

  [part~='review-body'] {
    flex: 1;
    min-inline-size: 0;
  }

  [part~='review-body'] p {
    margin-block: 0.15em;
  }

  [part~='review-result'] {
    font-size: 0.8em;
    font-weight: 800;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_color-success);
  }

  [part~='review-item-wrong'] [part~='review-result'] {
    color: var(--_color-danger);
  }

  [part~='review-question'] {
    font-weight: 700;
  }

  /* The marks repeat the words "Right"/"Not right" above them, so they stay silent. */
  [part~='review-item-wrong'] [part~='your-answer']::before,
  [part~='right-answer']::before {
    display: inline-block;
    inline-size: 1.2em;
    font-weight: 800;
  }

  [part~='review-item-wrong'] [part~='your-answer']::before {
    content: '✗' / '';
    color: var(--_color-danger);
  }

  [part~='right-answer']::before,
  [part~='review-item-right'] [part~='your-answer']::before {
    content: '✓' / '';
    color: var(--_color-success);
  }

  [part~='review-item-right'] [part~='your-answer']::before {
    display: inline-block;
    inline-size: 1.2em;
    font-weight: 800;
  }

  /* Narrow: the number sits beside the result line, and the text takes the whole width. */
  @container (inline-size < 26em) {
    [part~='review-item'] {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.2em 0.5em;
      padding: 0.6em 0.7em;
    }
    [part~='review-body'] {
      display: contents;
    }
    [part~='review-number'] {
      inline-size: 1.6em;
      block-size: 1.6em;
      font-size: 0.9em;
    }
    [part~='review-result'] {
      align-self: center;
    }
    [part~='review-body'] > :not([part~='review-result']) {
      grid-column: 1 / -1;
    }
  }

  [part~='review-explanation'] {
    color: var(--_color-muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='choice'],
    [part~='progress-step'] {
      transition:
        background-color 0.15s,
        border-color 0.15s;
    }
  }

  @media (forced-colors: active) {
    [part~='choice'],
    [part~='review-item'],
    [part~='feedback']:has([part~='verdict']) {
      border-color: CanvasText;
    }
    [part~='choice']:has(input:checked:enabled) {
      border-color: Highlight;
    }
    [part~='choice-correct'],
    [part~='choice-correct']::after,
    [part~='choice-incorrect'],
    [part~='choice-incorrect']::after {
      border-color: CanvasText;
      color: CanvasText;
    }
    [part~='progress-step'] {
      background: GrayText;
    }
    [part~='progress-step-current'],
    [part~='progress-step-right'],
    [part~='progress-step-wrong'] {
      background: CanvasText;
    }
    [part~='summary-arc'] {
      stroke: CanvasText;
    }
    [part~='icon'] {
      background: CanvasText;
      stroke: Canvas;
    }
  }
`;
