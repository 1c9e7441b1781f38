import { css } from 'lit';

export const deckStyles = css`
  :host {
    min-block-size: var(--ore-deck-reserved-size, 28em);
  }

  :host([layout='grid']) {
    min-block-size: var(--ore-deck-reserved-size, 12em);
  }

  [part~='controls'] {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    margin-block-end: 0.5em;
  }

  [part~='previous'],
  [part~='next'] {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border-radius: 50%;
  }

  [part~='previous'] svg,
  [part~='next'] svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  [aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }

  [part~='position'] {
    margin: 0;
    min-inline-size: 5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    color: var(--_color-text);
  }

  [part~='viewport'] {
    touch-action: pan-y;
  }

  [part~='grid'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ore-deck-min-column, 18em)), 1fr));
    gap: var(--_space);
    align-items: start;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
