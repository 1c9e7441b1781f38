import { css } from 'lit';

export const cardStyles = css`
  /*
   * The card's box (see status.styles.ts): from the variant and the width only. Narrow cards are
   * taller, because their lines wrap more; what still does not fit is clipped, and a full card
   * opens the rest in place with "show more".
   */
  :host {
    --_box: var(--ore-card-block-size, calc(21em + max(0em, 40em - 100cqi) * 0.55));
  }

  :host([variant='compact']) {
    --_box: var(--ore-card-block-size, calc(16em + max(0em, 30em - 100cqi) * 0.6));
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    border-block-start: 0.35em solid var(--_color-accent);
    /* Off screen, a card is not laid out or painted until the reader scrolls near it: a page of
       200 cards lays out the few in view. Its size stays the known box (or, once opened, the size
       it last had), so nothing moves when it comes into view. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_box);
  }

  [part~='base'] > * {
    flex: none;
    margin-block: 0;
    min-inline-size: 0;
  }

  [part~='header'] {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }

  [part~='story'] {
    flex: 1 1 0;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    overflow: hidden;
  }

  [part~='story'] > * {
    flex: none;
    margin-block: 0;
  }

  :host(:not([expanded])) [part~='title'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }

  [part~='topic']::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.45em;
    border-radius: 0.2em;
    background: var(--_topic, var(--_color-accent));
    vertical-align: 0.02em;
  }

  [part~='topic'] {
    order: -1;
    margin: 0;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }

  [part~='title'] {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.2;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  :host([variant='compact']) [part~='title'] {
    font-size: 1.1em;
    -webkit-line-clamp: 3;
  }

  [part~='media'] {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 0.6em 0.75em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_color-surface-raised);
  }

  /* The first screen tells the story: what does not fit fades out above "show more". */
  [part~='story'] [part~='summary'] {
    flex: 1 1 0;
    min-block-size: 0;
    overflow: hidden;
    font-size: 1.05em;
    mask-image: linear-gradient(to bottom, #000 calc(100% - 1.5em), transparent);
  }

  :host([expanded]) [part~='summary'] {
    mask-image: none;
  }

  [part~='more'] {
    align-self: flex-start;
  }

  [part~='details'] > :first-child {
    margin-block-start: 0;
  }

  [part~='link'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  [part~='illustration'] {
    flex: none;
    inline-size: 4.5em;
    block-size: 4.5em;
    color: var(--_color-accent);
  }

  [part~='illustration'] svg {
    inline-size: 100%;
    block-size: 100%;
  }

  [part~='figure'] {
    margin: 0;
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  [part~='figure-value'] {
    font-size: 2em;
    font-weight: 750;
    line-height: 1.1;
    color: var(--_color-accent);
  }

  /* Narrow: the illustration goes above the figure, so the number keeps its line. */
  @container (max-width: 26em) {
    [part~='media'] {
      flex-wrap: wrap;
    }
    [part~='gauge'] {
      display: none;
    }
    [part~='figure'] {
      flex: 1 1 100%;
    }
    [part~='figure-value'] {
      font-size: 1.6em;
    }
  }

  [part~='figure-label'] {
    color: var(--_color-muted);
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  :host([expanded]) [part~='figure-label'] {
    -webkit-line-clamp: unset;
  }

  /* A tile: the number says it; the ring would only repeat it. */
  :host([variant='compact']) [part~='gauge'] {
    display: none;
  }

  :host([variant='compact']) [part~='notice'] {
    font-size: 0.8em;
    line-height: 1.3;
    padding-block: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  [part~='title'] [part~='link'] {
    color: inherit;
    text-decoration-color: var(--_color-accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  [part~='title'] [part~='link']:hover {
    color: var(--_color-accent);
  }

  :host([variant='compact']) [part~='illustration'] {
    inline-size: 3em;
    block-size: 3em;
  }

  :host([variant='compact']) [part~='figure-value'] {
    font-size: 1.5em;
  }

  [part~='gauge'] {
    flex: none;
    inline-size: 3.5em;
    block-size: 3.5em;
  }

  .gauge-track,
  .gauge-value {
    fill: none;
    stroke-width: 6;
  }

  .gauge-track {
    stroke: var(--_color-border);
  }

  .gauge-value {
    stroke: var(--_color-accent);
  }

  [part~='chart'] {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr max-content;
    gap: 0.3em 0.6em;
    align-items: center;
    font-size: 0.9em;
  }

  [part~='chart-item'] {
    display: contents;
  }

  [part~='chart-bar'] {
    inline-size: 100%;
    block-size: 0.8em;
  }

  .bar-track {
    fill: var(--_color-surface-raised);
  }

  .bar-value {
    fill: var(--_color-accent);
  }

  [part~='chart-value'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  /* Anchored to the word it explains; flips above it, or sideways, to stay on screen. */
  [part~='term-popover'] {
    position: fixed;
    position-anchor: --ore-term;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
    inset: auto;
    margin: 0.25em 0;
    max-inline-size: min(22em, 90vw);
    padding: 0.75em 1em;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 0.0625em solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.25);
    font-size: 0.9em;
  }

  [part~='term-popover-title'] {
    margin: 0;
    font-weight: 700;
  }

  [part~='term-popover-title']::first-letter {
    text-transform: uppercase;
  }

  [part~='term-popover-definition'] {
    margin-block: 0.3em 0.6em;
  }

  [part~='body'] p {
    margin-block: 0.6em;
  }

  [part~='terms'],
  [part~='sources'] {
    margin-block-start: 1em;
    padding-block-start: 0.5em;
    border-block-start: 0.0625em solid var(--_color-border);
    font-size: 0.875em;
  }

  [part~='subheading'] {
    margin-block: 0.3em;
    font-size: 1em;
  }

  dt {
    font-weight: 600;
  }

  /* Terms are written as they read mid-sentence; a list shows them as headwords. */
  dt::first-letter {
    text-transform: uppercase;
  }

  dd {
    margin-inline-start: 0;
    margin-block-end: 0.4em;
  }

  dt:target,
  dt:focus {
    color: var(--_color-accent);
  }

  [part~='sources'] ol {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  [part~='sources'] a,
  [part~='body'] {
    overflow-wrap: anywhere;
  }

  @container (min-width: 36em) {
    :host(:not([variant='compact'])) [part~='media'] [part~='illustration'] {
      inline-size: 6em;
      block-size: 6em;
    }
  }

  @media (forced-colors: active) {
    [part~='illustration'],
    [part~='figure-value'] {
      color: CanvasText;
    }
    .gauge-value,
    .bar-value {
      stroke: CanvasText;
      fill: CanvasText;
    }
    .gauge-value {
      fill: none;
    }
    [part~='term-popover'] {
      border-color: CanvasText;
    }
  }
`;
