import { css } from 'lit';

export const bannerStyles = css`
  /*
   * A slim strip of fixed height (see status.styles.ts): two lines of text beside the label
   * and the controls when wide; label and controls above four lines when narrow. Facts that do
   * not fit are clamped: their card is one link away.
   */
  [part~='base'] {
    --_line: 1.45em;
    --_box: var(--ore-banner-block-size, calc(2 * var(--_line) + 1.4em));
    line-height: 1.45;
    padding: 0.6em 0.9em;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'label facts controls'
      'label facts link';
    align-items: center;
    gap: 0 1em;
    border-inline-start: 0.35em solid var(--_color-accent);
  }

  @container (max-width: 44em) {
    [part~='base'] {
      --_box: var(--ore-banner-block-size, calc(4 * var(--_line) + 8.6em));
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto auto;
      grid-template-areas:
        'label'
        'facts'
        'controls'
        'link';
      align-items: start;
      gap: 0.25em;
    }
  }

  [part~='base'][part~='loading'],
  [part~='base'][part~='error'],
  [part~='base'][part~='empty'] {
    display: block;
  }

  [part~='label'] {
    grid-area: label;
    margin: 0;
    font-weight: 750;
    font-size: 0.85em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_color-accent);
    white-space: nowrap;
  }

  /* Every fact sits in the same grid cell, so rotating never changes anything around it. */
  [part~='facts'] {
    grid-area: facts;
    display: grid;
    align-self: stretch;
    align-items: center;
    min-block-size: 0;
    overflow: hidden;
  }

  [part~='facts'] > [part~='notice'] {
    display: none;
  }

  [part~='fact'] {
    grid-area: 1 / 1;
    margin: 0;
    visibility: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  @container (max-width: 44em) {
    [part~='fact'] {
      -webkit-line-clamp: 4;
    }
  }

  [part~='fact'].current {
    visibility: visible;
  }

  [part~='fact-value'] {
    font-weight: 750;
    font-size: 1.1em;
    color: var(--_color-accent);
  }

  [part~='fact-label'] {
    color: var(--_color-muted);
    margin-inline-end: 0.4em;
  }

  [part~='fact-label']::after {
    content: ':';
  }

  [part~='link'] {
    grid-area: link;
    justify-self: end;
    max-inline-size: 22em;
    /* A touch target of its own (WCAG 2.5.8), clear of the buttons above it. */
    min-block-size: 1.6em;
    display: inline-flex;
    align-items: center;
    font-weight: 600;
  }

  /* One flex item, the card's title (in its own language) inside it: the ellipsis cuts them as one line. */
  [part~='link'] > span {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  @container (max-width: 44em) {
    [part~='link'] {
      justify-self: start;
      max-inline-size: 100%;
    }
    [part~='controls'] {
      justify-content: start;
    }
    [part~='label'] {
      white-space: normal;
    }
  }

  [part~='controls'] {
    grid-area: controls;
    display: flex;
    align-items: center;
    justify-content: end;
    gap: 0.35em;
  }

  [part~='position'] {
    margin: 0;
    margin-inline-start: 0.3em;
    font-size: 0.85em;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  [part~='toggle'],
  [part~='previous'],
  [part~='next'] {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    padding: 0;
    border-radius: 50%;
  }

  [part~='previous'],
  [part~='next'] {
    color: var(--_color-accent);
    background: transparent;
    border-color: var(--_color-border);
  }

  [part~='toggle'] svg,
  [part~='previous'] svg,
  [part~='next'] svg {
    inline-size: 1em;
    block-size: 1em;
  }

  [part~='error'] {
    display: block;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='fact'].current {
      animation: ore-fade-in 0.4s ease-out;
    }
  }

  @keyframes ore-fade-in {
    from {
      opacity: 0;
    }
  }
`;
