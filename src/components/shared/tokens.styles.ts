import { css, unsafeCSS } from 'lit';
import { tokens as TOKENS } from './tokens.json' with { type: 'json' };

export interface Token {
  name: string;
  light: string;
  dark?: string;
  description: string;
}

/** `--ore-color-accent` → `--_color-accent`: the private copy every style reads. */
export const privateName = (token: string) => token.replace(/^--ore-/, '--_');

/**
 * One private copy per token. A token with a dark value defaults to `light-dark(light, dark)`,
 * which follows the element's `color-scheme`: so `theme` only has to set that.
 */
const copies = unsafeCSS(
  (TOKENS as Token[])
    .map((token) => `${privateName(token.name)}: var(${token.name}, ${token.dark ? `light-dark(${token.light}, ${token.dark})` : token.light});`)
    .join('\n    '),
);

/**
 * Design tokens and host isolation shared by every element. The public `--ore-*` tokens are
 * never declared here, only read, each into a private copy with its default
 * (`--_color-accent: var(--ore-color-accent, #9a4a00)`): so a token set on `:root`, on any
 * container or on a deck reaches every element inside it, nested cards included. `all: initial`
 * stops inherited host-page styles (fonts, letter-spacing, text-transform…) leaking in; custom
 * properties still inherit through it. Sizes are in `em` from the host, so a page's
 * `html { font-size: 62.5% }` cannot shrink us.
 */
export const tokens = css`
  :host {
    all: initial;
    /*
     * theme="auto" follows the host page's color-scheme (inherited): a page that declares none
     * gets light, one that declares "light dark" follows the reader's system setting.
     */
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    ${copies}
    --_focus-ring: 0.15em solid var(--_color-accent);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-text);
    text-align: start;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
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
    outline: var(--_focus-ring);
    outline-offset: 0.15em;
  }

  a {
    color: var(--_color-accent);
  }

  button {
    font: inherit;
    color: var(--_color-accent-contrast);
    background: var(--_color-accent);
    border: 0.1em solid transparent;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    :host {
      --_focus-ring: 0.15em solid Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
