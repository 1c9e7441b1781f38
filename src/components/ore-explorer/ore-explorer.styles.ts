import { css } from 'lit';

export const explorerStyles = css`
  :host {
    container-type: inline-size;
  }

  /*
   * The known box: the same height while loading and once the object is shown, so the page
   * does not jump when the content lands. It depends on the width only: stacked (drawing above
   * the list) an object needs about 57–70em in a 250–320 px column and 51–55em up to 36em wide,
   * side by side about 29–37em (the six objects, measured at 250–800 px). The host is the size container, so the base is sized, not the host.
   */
  :host(:not([data-state='error'])) [part~='base'] {
    min-block-size: var(--ore-explorer-reserved-size, 58em);
  }

  @container (max-width: 21em) {
    :host(:not([data-state='error'])) [part~='base'] {
      min-block-size: var(--ore-explorer-reserved-size, 66em);
    }
  }

  @container (min-width: 36em) {
    :host(:not([data-state='error'])) [part~='base'] {
      min-block-size: var(--ore-explorer-reserved-size, 32em);
    }
  }

  [part~='title'] {
    margin-block: 0 0.3em;
    font-size: 1.35em;
    line-height: 1.25;
  }

  [part~='intro'] p {
    margin-block: 0 0.75em;
  }

  [part~='layout'] {
    display: grid;
    gap: 1em 1.5em;
    align-items: start;
  }

  @container (min-width: 36em) {
    [part~='layout'] {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }

  [part~='drawing'] svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 18em;
    block-size: auto;
    aspect-ratio: 1;
    margin-inline: auto;
    color: var(--_color-text);
  }

  [part~='drawing'] g[id^='part-'] {
    cursor: pointer;
    /* The whole shape answers a tap, not only its thin outline. */
    pointer-events: visible;
  }

  [part~='drawing'] g[id^='part-']:hover {
    color: var(--_color-accent);
  }

  [part~='drawing'][data-has-selection] g[id^='part-']:not([data-selected]) {
    opacity: 0.55;
  }

  [part~='drawing'] g[data-selected] {
    color: var(--_color-accent);
    stroke-width: 3.5;
  }

  [part~='parts-heading'],
  [part~='detail-title'] {
    margin-block: 0 0.4em;
    font-size: 1.1em;
    line-height: 1.3;
  }

  [part~='part-list'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }

  [part~='part-button'] {
    padding: 0.3em 0.8em;
    min-block-size: 2.2em;
    color: var(--_color-accent);
    background: transparent;
    border-color: var(--_color-accent);
    text-align: start;
  }

  [part~='part-button'][aria-pressed='true'] {
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
  }

  [part~='detail'] {
    /* A choice changes the text, not the size of the box around it. */
    min-block-size: 12em;
    padding-block-start: 0.75em;
    border-block-start: 0.0625em solid var(--_color-border);
  }

  [part~='hint'] {
    margin: 0;
    color: var(--_color-muted);
  }

  [part~='materials-label'] {
    margin-block: 0 0.2em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }

  [part~='material-list'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0 0 0.6em;
    padding: 0;
    list-style: none;
  }

  [part~='material'] {
    padding: 0.1em 0.6em;
    border-radius: 1em;
    background: var(--_color-surface-raised);
    border: 0.0625em solid var(--_color-border);
    font-weight: 600;
  }

  [part~='material']::first-letter,
  [part~='term']::first-letter {
    text-transform: uppercase;
  }

  [part~='symbol'] {
    font-weight: 400;
    color: var(--_color-muted);
  }

  [part~='terms'] {
    margin-block-start: 0.6em;
    font-size: 0.9em;
  }

  [part~='terms-summary'] {
    cursor: pointer;
    color: var(--_color-accent);
    font-weight: 600;
  }

  [part~='terms'] dl {
    margin-block: 0.4em 0;
  }

  [part~='term'] {
    font-weight: 600;
  }

  [part~='term']:focus {
    color: var(--_color-accent);
  }

  [part~='definition'] {
    margin-inline-start: 0;
    margin-block-end: 0.4em;
  }

  [part~='text'] p {
    margin-block: 0 0.6em;
  }

  [part~='figure'] {
    margin-block: 0 0.2em;
  }

  [part~='figure-value'] {
    display: block;
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_color-accent);
  }

  [part~='figure-source'] {
    margin-block: 0 0.6em;
    font-size: 0.85em;
    color: var(--_color-muted);
    overflow-wrap: anywhere;
  }

  [part~='card-link'] {
    display: inline-block;
    font-weight: 600;
  }

  [part~='announcement'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    [part~='drawing'] svg {
      color: CanvasText;
    }
    [part~='drawing'] g[data-selected] {
      color: Highlight;
    }
    [part~='drawing'][data-has-selection] g[id^='part-']:not([data-selected]) {
      opacity: 1;
    }
    [part~='part-button'] {
      color: ButtonText;
      border-color: ButtonText;
    }
    [part~='material'] {
      border-color: CanvasText;
    }
    [part~='part-button'][aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
