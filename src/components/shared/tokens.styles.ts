import { css, unsafeCSS } from 'lit';

/** Dark values of the public tokens, used by `theme="dark"` and by `auto` under a dark preference. */
const darkValues = unsafeCSS(`
    --ore-color-accent: #ffb561;
    --ore-color-accent-contrast: #1d1206;
    --ore-color-text: #f3efe6;
    --ore-color-muted: #c9c2b3;
    --ore-color-surface: #1f1d1a;
    --ore-color-surface-raised: #2c2925;
    --ore-color-border: #56503f;
    --ore-color-danger: #ff9b8f;
    --ore-color-success: #7fd99a;
`);

/**
 * Design tokens and host isolation shared by every element. Public tokens are `--ore-*` custom
 * properties with light and dark defaults; a page overrides them on the element. `all: initial`
 * stops inherited host-page styles (fonts, letter-spacing, text-transform…) leaking in.
 * Sizes are in `em` from the host, so a page's `html { font-size: 62.5% }` cannot shrink us.
 */
export const tokens = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    --ore-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    --ore-color-accent: #9a4a00;
    --ore-color-accent-contrast: #ffffff;
    --ore-color-text: #1d1d1b;
    --ore-color-muted: #55534e;
    --ore-color-surface: #fffdf8;
    --ore-color-surface-raised: #f4efe4;
    --ore-color-border: #d7cfbf;
    --ore-color-danger: #a1211b;
    --ore-color-success: #1d6b32;
    --ore-radius: 0.75em;
    --ore-space: 1em;
    --ore-focus-ring: 0.15em solid var(--ore-color-accent);
    font-family: var(--ore-font-family);
    font-size: var(--ore-font-size, medium);
    line-height: 1.5;
    color: var(--ore-color-text);
    text-align: start;
  }

  :host([theme='dark']) {
    ${darkValues}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--ore-focus-ring);
    outline-offset: 0.15em;
  }

  a {
    color: var(--ore-color-accent);
  }

  button {
    font: inherit;
    color: var(--ore-color-accent-contrast);
    background: var(--ore-color-accent);
    border: 0.1em solid transparent;
    border-radius: calc(var(--ore-radius) / 2);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    :host {
      --ore-focus-ring: 0.15em solid Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
