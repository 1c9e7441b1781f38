import { css } from 'lit';

export const deckStyles = css`
  /*
   * The deck's box (see status.styles.ts), from its layout and width only. A carousel is one
   * full card's box plus its controls, and the card fills it; a grid shows two rows of tiles
   * of a fixed height, and the rest opens in place with "show all".
   */
  :host {
    --_controls: 3.75em;
    --_box: var(--ore-deck-block-size, calc(21em + max(0em, 40em - 100cqi) * 0.55 + var(--_controls)));
  }

  :host([layout='grid']) {
    --_tile: max(19em, calc(16em + max(0em, 30em - 100cqi) * 0.6));
    --_box: var(--ore-deck-block-size, calc(2 * var(--_tile) + var(--_space) + 3.75em));
  }

  [part~='base']:not([part~='loading']):not([part~='error']):not([part~='empty']) {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  [part~='viewport'] {
    flex: 1 1 0;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
    border-radius: var(--_radius);
    touch-action: pan-y;
  }

  [part~='viewport'] ore-card {
    flex: 1 1 0;
    min-block-size: 0;
    --ore-card-block-size: 100%;
  }

  [part~='controls'] {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    block-size: calc(var(--_controls) - 0.75em);
  }

  [part~='indicator'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.3em;
    min-inline-size: 0;
  }

  [part~='dots'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.35em;
  }

  [part~='dot'] {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_color-border);
  }

  [part~='dot'][part~='current'] {
    background: var(--_color-accent);
    inline-size: 1.25em;
    border-radius: 0.25em;
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
    text-align: center;
    font-size: 0.9em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    color: var(--_color-muted);
  }

  [part~='grid'] {
    flex: none;
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ore-deck-min-column, 18em)), 1fr));
    grid-auto-rows: var(--_tile);
    gap: var(--_space);
    block-size: calc(2 * var(--_tile) + var(--_space));
    overflow: clip;
    overflow-clip-margin: 0.3em;
  }

  :host([expanded]) [part~='grid'] {
    block-size: auto;
  }

  [part~='grid'] ore-card {
    block-size: 100%;
    --ore-card-block-size: 100%;
  }

  [part~='show-all'] {
    flex: none;
    align-self: center;
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
