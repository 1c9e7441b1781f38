import { css } from 'lit';

export const cardStyles = css`
  :host {
    /* Space reserved before the content arrives, so the page does not jump. */
    min-block-size: var(--ore-card-reserved-size, 24em);
    container-type: inline-size;
  }

  :host([variant='compact']) {
    min-block-size: var(--ore-card-reserved-size, 11em);
  }

  [part~='base'] {
    block-size: 100%;
  }

  [part~='header'] {
    display: flex;
    flex-direction: column;
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
    margin-block: 0.2em 0.5em;
    font-size: 1.35em;
    line-height: 1.25;
  }

  [part~='media'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block: 0.5em;
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
  }

  [part~='figure-value'] {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_color-accent);
  }

  [part~='figure-label'] {
    color: var(--_color-muted);
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
    stroke: var(--_color-surface-raised);
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

  [part~='term-popover'] {
    position: fixed;
    inset: auto;
    margin: 0;
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

  [part~='summary'] {
    margin-block: 0.5em;
  }

  [part~='terms'],
  [part~='sources'] {
    margin-block-start: 1em;
    padding-block-start: 0.5em;
    border-block-start: 0.0625em solid var(--_color-border);
    font-size: 0.875em;
  }

  [part~='terms'] h3,
  [part~='sources'] h3 {
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
