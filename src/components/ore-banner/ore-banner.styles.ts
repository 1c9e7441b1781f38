import { css } from 'lit';

export const bannerStyles = css`
  :host {
    min-block-size: var(--ore-banner-reserved-size, 3.5em);
  }

  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.9em;
    padding: 0.5em 0.9em;
  }

  [part~='label'] {
    margin: 0;
    font-weight: 700;
    color: var(--_color-accent);
  }

  /* Every fact sits in the same grid cell: the strip is as tall as the tallest fact, always. */
  [part~='facts'] {
    flex: 1 1 16em;
    display: grid;
  }

  [part~='fact'] {
    grid-area: 1 / 1;
    visibility: hidden;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.6em;
  }

  [part~='fact'].current {
    visibility: visible;
  }

  [part~='fact-figure'] {
    flex-basis: 100%;
  }

  [part~='fact-value'] {
    font-weight: 700;
    font-size: 1.2em;
    color: var(--_color-accent);
  }

  [part~='fact-label'] {
    color: var(--_color-muted);
    font-size: 0.9em;
  }

  [part~='link'] {
    white-space: nowrap;
  }

  [part~='position'] {
    margin: 0;
    font-size: 0.85em;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }

  [part~='toggle'] {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    padding: 0;
    border-radius: 50%;
  }

  [part~='toggle'] svg {
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
