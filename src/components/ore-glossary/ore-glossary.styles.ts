import { css } from 'lit';

/**
 * The glossary's look. Its box (`--_box`, drawn by status.styles.ts for the loading, error and
 * content views alike) depends on the `term` attribute and the width only: the A–Z is a fixed
 * box whose list scrolls inside it, a bit taller in a narrow column where the filter and the
 * letters take more of it; a single term is a fixed box with "Show more" when it does not fit.
 * `cqi` resolves against the host, an inline-size container.
 */
export const glossaryStyles = css`
  :host {
    --_box: var(--ore-glossary-block-size, clamp(36em, calc(50em - 30cqi), 38em));
    --_tint: color-mix(in srgb, var(--_color-accent) 12%, var(--_color-surface));
    --_tint-strong: color-mix(in srgb, var(--_color-accent) 22%, var(--_color-surface));
  }

  :host([term]:not([term=''])) {
    --_box: var(--ore-glossary-term-block-size, clamp(17em, calc(30.5em - 31cqi), 28em));
  }

  [part~='base'] {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: calc(var(--_space) * 1.25);
  }

  [part~='loading'] {
    display: block;
  }

  /* ---- the heading line ---- */

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
  }

  [part~='icon'] {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    color: var(--_color-accent);
  }

  [part~='header'] [part~='icon'] {
    box-sizing: content-box;
    inline-size: 1.5em;
    block-size: 1.5em;
    padding: 0.4em;
    border-radius: 50%;
    background: var(--_tint);
  }

  [part~='title'] {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 1.5em;
    font-weight: 800;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }

  [part~='label'] {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }

  [part~='notice'] {
    margin: 0;
  }

  /* A single term's notice stays small, so the term itself leads its box. */
  [data-view='term'] [part~='notice'] {
    padding: 0.3em 0.6em;
    font-size: 0.75em;
    line-height: 1.4;
  }

  /* ---- skip link and the end of the list: shown only when focused, over the box, so nothing moves ---- */

  [part~='skip'],
  [part~='end'] {
    position: absolute;
    inset-inline-start: calc(var(--_space) * 1.25);
    z-index: 2;
    margin: 0;
    padding: 0.5em 1em;
    border-radius: 999em;
    font-weight: 700;
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    text-decoration: none;
  }

  [part~='skip'] {
    inset-block-start: 0.5em;
  }

  [part~='end'] {
    inset-block-end: 0.5em;
  }

  [part~='skip']:not(:focus),
  [part~='end']:not(:focus) {
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
    padding: 0;
  }

  /* ---- filter ---- */

  [part~='filter'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.3em 1em;
  }

  [part~='filter-label'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    font-weight: 700;
  }

  [part~='count'] {
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
    text-align: end;
  }

  [part~='filter-field'] {
    flex: 1 1 100%;
    min-inline-size: 0;
    position: relative;
  }

  [part~='search-icon'] {
    position: absolute;
    inset-inline-start: 0.75em;
    inset-block-start: 50%;
    translate: 0 -50%;
    inline-size: 1.1em;
    block-size: 1.1em;
    color: var(--_color-muted);
    pointer-events: none;
  }

  [part~='filter-input'] {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.75em;
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 0.125em solid var(--_color-border);
    border-radius: 999em;
    padding: 0.45em 1em 0.45em 2.4em;
    padding-inline: 2.4em 1em;
  }

  [part~='filter-input']:hover {
    border-color: var(--_color-muted);
  }

  [part~='filter-input']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.1em;
    border-color: var(--_color-accent);
  }

  /* ---- letters ---- */

  [part~='letters'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0.15em;
    list-style: none;
  }

  /* In a narrow column the letters stay on one line that scrolls sideways, so the list keeps its room. */
  @container (max-width: 34em) {
    [part~='letters'] ul {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: thin;
      padding-block-end: 0.35em;
      /* Room to scroll the last letter, or a focused one, out of the fade. */
      padding-inline-end: 2em;
      scroll-padding-inline: 2em;
    }
    [part~='letters'] li {
      flex: none;
    }
    /* A fade at the far edge says there are more letters to scroll to. */
    [part~='letters'] {
      mask-image: linear-gradient(to right, #000 calc(100% - 2em), transparent);
    }
    [dir='rtl'] [part~='letters'] {
      mask-image: linear-gradient(to left, #000 calc(100% - 2em), transparent);
    }
  }

  [part~='letter'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.1em;
    min-block-size: 2.1em;
    padding-inline: 0.3em;
    font-weight: 700;
    text-decoration: none;
    border-radius: 0.6em;
    color: var(--_color-accent);
    background: var(--_tint);
  }

  [part~='letter']:hover {
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
  }

  /* ---- the scrolling list ---- */

  [part~='scroller'] {
    flex: 1 1 0;
    min-block-size: 4em;
    overflow-y: auto;
    overscroll-behavior: contain;
    margin-inline: calc(var(--_space) * -0.5);
    padding: 0 calc(var(--_space) * 0.5) 0.5em;
    border-block-start: 0.0625em solid var(--_color-border);
    border-radius: 0 0 calc(var(--_radius) / 2) calc(var(--_radius) / 2);
  }

  [part~='scroller']:focus-visible {
    outline-offset: -0.15em;
  }

  /*
   * A box only a dozen characters wide (the text size doubled on a phone, a tight sidebar) has
   * no room for a list under the heading, the notices and the filter: there the whole box
   * scrolls, heading and filter included, so the terms can fill it.
   */
  @container (max-width: 13em) {
    [part~='base'] {
      padding: calc(var(--_space) * 0.6);
    }
    [data-view='list'] {
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    [data-view='list'] > * {
      flex-shrink: 0;
    }
    [data-view='list'] [part~='scroller'] {
      flex: none;
      overflow: visible;
    }
  }

  /* The last letter fills the list at least, so a jump to any letter can bring it to the top. */
  [part~='group']:last-child {
    min-block-size: 100%;
  }

  [part~='group-heading'] {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding-block: 0.5em 0.3em;
    font-size: 1.25em;
    font-weight: 800;
    line-height: 1.2;
    color: var(--_color-accent);
    background: var(--_color-surface);
  }

  [part~='group-heading']::after {
    content: '';
    flex: 1;
    border-block-end: 0.1em solid var(--_tint-strong);
  }

  [part~='list'] {
    margin: 0 0 0.5em;
  }

  [part~='headword'] {
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  dt[part~='headword'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.5em;
    margin-block-start: 0.9em;
    font-size: 1.1em;
  }

  /* Terms are written as they read mid-sentence; a glossary shows them as headwords. */
  [part~='headword']::first-letter,
  [part~='headword'] > span:first-child::first-letter {
    text-transform: uppercase;
  }

  dt[part~='headword'] > span:first-child,
  [part~='headword'] > span[lang] {
    display: inline-block;
  }

  [part~='headword']:focus,
  [part~='group-heading']:focus {
    outline: none;
  }

  [part~='headword']:focus-visible,
  [part~='group-heading']:focus-visible,
  [part~='group-heading']:focus {
    text-decoration: underline 0.12em;
    text-underline-offset: 0.2em;
  }

  /* A chemical symbol as a tile of the periodic table. */
  [part~='symbol'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.9em;
    min-block-size: 1.9em;
    padding-inline: 0.2em;
    font-size: 0.75em;
    font-weight: 800;
    line-height: 1;
    color: var(--_color-accent);
    border: 0.125em solid currentColor;
    border-radius: 0.3em;
    vertical-align: middle;
  }

  [part~='lang-tag'] {
    display: inline-block;
    padding: 0.1em 0.55em;
    font-size: 0.7em;
    font-weight: 600;
    color: var(--_color-muted);
    border: 0.0625em dashed var(--_color-muted);
    border-radius: 999em;
  }

  [part~='kind'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }

  [part~='kind']::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    border: 0.15em solid currentColor;
  }

  [part~='kind'][data-kind='material']::before {
    background: currentColor;
  }

  dd[part~='definition'] {
    margin: 0.15em 0 0;
    padding-block-end: 0.9em;
    border-block-end: 0.0625em solid var(--_color-border);
  }

  dd[part~='definition']:last-child {
    border-block-end: 0;
  }

  /* In the list the kind leads the definition on its first line, so each term takes a line less. */
  dd[part~='definition'] > [part~='kind'] {
    margin-inline-end: 0.6em;
    vertical-align: 0.1em;
  }

  dd[part~='definition'] > p {
    display: inline;
  }

  dd[part~='definition'] > [part~='related'] {
    margin-block-start: 0.5em;
  }

  dd[part~='definition'] p,
  p[part~='definition'] {
    margin-block: 0.25em 0.5em;
    line-height: 1.55;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  [part~='related'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
    color: var(--_color-muted);
  }

  [part~='related'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='related-term'] {
    padding: 0.2em 0.8em;
    min-block-size: 2em;
    font-weight: 600;
    overflow-wrap: anywhere;
    color: var(--_color-accent);
    background: var(--_tint);
    border: 0.0625em solid transparent;
    border-radius: 999em;
  }

  [part~='related-term']:hover {
    border-color: var(--_color-accent);
  }

  /* ---- one term ---- */

  [data-view='term'] {
    gap: 0.5em;
    border-block-start: 0.35em solid var(--_color-accent);
  }

  [part~='body'] {
    flex: 1 1 0;
    min-block-size: 0;
    overflow: clip;
    overflow-clip-margin: 0.3em;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }

  :host([expanded]) [part~='body'] {
    flex: none;
  }

  [part~='body'][data-clipped] {
    mask-image: linear-gradient(to bottom, #000 calc(100% - 2.5em), transparent);
  }

  [part~='entry'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.35em;
  }

  [part~='entry'] > [part~='headword'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.5em;
    margin: 0;
    font-size: 1.6em;
    font-weight: 800;
    line-height: 1.15;
  }

  [part~='entry'] > [part~='headword'] [part~='symbol'] {
    font-size: 0.6em;
  }

  [part~='entry'] [part~='definition'] {
    margin: 0;
    font-size: 1.05em;
  }

  [part~='more'] {
    flex: none;
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.5em;
    padding-inline: 1.1em;
    border-radius: 999em;
    font-weight: 700;
    color: var(--_color-accent);
    background: var(--_tint);
  }

  [part~='more']::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    rotate: 45deg;
    translate: 0 -0.15em;
  }

  :host([expanded]) [part~='more']::after {
    rotate: -135deg;
    translate: 0 0.1em;
  }

  [part~='more']:hover {
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
  }

  @media (forced-colors: active) {
    [part~='filter-input'] {
      border-color: CanvasText;
    }
    [part~='letter'] {
      border: 0.0625em solid LinkText;
    }
    [part~='related-term'],
    [part~='more'] {
      color: ButtonText;
      border-color: ButtonText;
    }
    [part~='skip'],
    [part~='end'] {
      border: 0.125em solid CanvasText;
    }
    [part~='body'][data-clipped] {
      mask-image: none;
    }
  }
`;
