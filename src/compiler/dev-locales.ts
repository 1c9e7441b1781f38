/**
 * The development and test locales of `locales/dev-locales.json`: en-XA (pseudo-accented) and
 * ar-XB (pseudo right-to-left), generated from English by the compiler (src/compiler/pseudo.ts)
 * to check a layout for translations that are longer, untranslated text and mirroring.
 *
 * They are not shipped locales. The list stays out of `locales/locales.json`, so nothing that
 * reads that file (the production build, `npm run check`, `npm run i18n:status`, the bundles)
 * knows them. The `devLocales()` Vite plugin adds them where they are wanted: `npm start`,
 * Storybook and the browser tests (every `serve`, and a build that asks for them), both to this
 * process's locale list (so the compiler writes their catalogs) and to the browser's copy of
 * locales.json (so the elements, the gallery and Storybook's toolbar offer them).
 */
import type { Plugin } from 'vite';
import config from '../../locales/dev-locales.json' with { type: 'json' };
import { LOCALE_CODES, addLocales, type RawLocale } from '../shared/locales.ts';
import type { PseudoKind } from './pseudo.ts';

type RawDevLocale = RawLocale & { pseudo: PseudoKind; content?: boolean };

export interface DevLocale {
  code: string;
  /** How the English text is marked. */
  pseudo: PseudoKind;
  /** The content library is generated too; otherwise content falls back to English. */
  content: boolean;
}

const RAW = config.locales as Record<string, RawDevLocale>;

export const DEV_LOCALES: readonly DevLocale[] = Object.entries(RAW).map(([code, info]) => ({
  code,
  pseudo: info.pseudo,
  content: info.content === true,
}));

export function isDevLocale(code: string): boolean {
  return Object.hasOwn(RAW, code);
}

/** The development locales in this process's locale list: none, unless `enableDevLocales()` ran. */
export function activeDevLocales(): DevLocale[] {
  return DEV_LOCALES.filter((locale) => LOCALE_CODES.includes(locale.code));
}

/** What the locale list needs of each (name, direction, Intl tag), without the generator's fields. */
function listEntries(): Record<string, RawLocale> {
  return Object.fromEntries(Object.entries(RAW).map(([code, { pseudo: _pseudo, content: _content, ...info }]) => [code, info]));
}

/** Adds the development locales to this process's locale list (idempotent). */
export function enableDevLocales(): void {
  addLocales(listEntries());
}

export const DEV_LOCALES_PLUGIN = 'ore-dev-locales';

export interface DevLocalesApi {
  /** Includes the development locales in a build too (Storybook's static build). */
  includeInBuild(): void;
}

const LOCALE_LIST = /[\\/]locales[\\/]locales\.json(\?.*)?$/;

/**
 * The browser's copy of locales.json. Always without its `$comment`, which is for translators,
 * not for every reader's download (248 B gzipped of the chunk every widget loads); with the
 * development locales in a dev server (`serve`) or, given `build: true` or `includeInBuild()`, in
 * a build. A plain `vite build` (`npm run build`) has no development locale in any bundle.
 */
export function devLocales(options: { build?: boolean } = {}): Plugin {
  let build = options.build ?? false;
  let enabled = false;
  const api: DevLocalesApi = { includeInBuild: () => void (build = true) };
  return {
    name: DEV_LOCALES_PLUGIN,
    enforce: 'pre',
    api,
    config(_config, { command }) {
      enabled = command === 'serve' || build;
      if (enabled) enableDevLocales();
    },
    transform(code, id) {
      if (!LOCALE_LIST.test(id)) return undefined;
      const { $comment: _comment, ...list } = JSON.parse(code) as { $comment?: string; locales: Record<string, unknown> };
      if (enabled) list.locales = { ...list.locales, ...listEntries() };
      return { code: JSON.stringify(list), map: null };
    },
  };
}
