import { css } from 'lit';

export const quizStyles = css`
  :host {
    /* Space reserved before the content arrives, so the page does not jump. */
    min-block-size: var(--ore-quiz-reserved-size, 18em);
  }

  [part~='base'] {
    block-size: 100%;
  }

  [part~='title'] {
    margin-block: 0 0.3em;
    font-size: 1.35em;
    line-height: 1.25;
  }

  [part~='progress'] {
    margin-block: 0 0.5em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_color-muted);
  }

  [part~='question'] {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  [part~='legend'] {
    padding: 0;
    margin-block-end: 0.6em;
    font-size: 1.1em;
    font-weight: 600;
  }

  [part~='choices'] {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }

  [part~='choice'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.5em;
    padding: 0.4em 0.7em;
    /* One width in every state, so marking a choice never shifts its text. */
    border: 0.125em solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface-raised);
    cursor: pointer;
  }

  [part~='choice']:has(input:checked:enabled) {
    border-color: var(--_color-accent);
  }

  [part~='choice']:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 0.15em;
  }

  [part~='choice']:has(input:disabled) {
    cursor: default;
  }

  [part~='radio'] {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  /* The label outlines the whole choice; a second ring on the radio would be noise. */
  [part~='radio']:focus-visible {
    outline: none;
  }

  [part~='choice-correct'],
  [part~='choice-incorrect'] {
    font-weight: 600;
  }

  [part~='choice-correct'] {
    border-color: var(--_color-success);
  }

  [part~='choice-incorrect'] {
    border-color: var(--_color-danger);
    border-style: dashed;
  }

  /* The marks repeat what the feedback says in words; the empty alternative keeps them silent. */
  [part~='choice-correct']::after,
  [part~='choice-incorrect']::after {
    margin-inline-start: auto;
    font-size: 1.2em;
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
    margin-block-start: 0.8em;
  }

  [part~='verdict'],
  [part~='explanation'] {
    margin-block: 0.3em;
  }

  [part~='verdict'] {
    font-weight: 600;
  }

  [part~='card-link'] {
    display: inline-block;
    margin-block: 0.2em;
  }

  [part~='action'],
  [part~='restart'] {
    display: block;
    margin-block-start: 0.8em;
  }

  [part~='score'] {
    margin-block: 0.5em;
    font-size: 1.15em;
  }

  [part~='perfect'] {
    margin-block: 0.5em;
  }

  [part~='review-heading'] {
    margin-block: 0.8em 0.3em;
    font-size: 1em;
  }

  [part~='review'] ol {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  [part~='review-item'] {
    margin-block-end: 0.8em;
  }

  [part~='review-item'] p {
    margin-block: 0.15em;
  }

  [part~='review-question'] {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    [part~='choice'] {
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
  }
`;
