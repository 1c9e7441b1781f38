/**
 * The one list of locales (`locales/locales.json`) and the rules for choosing among them.
 * Pure data and functions: the compiler (Node) and the runtime (browser) both use it.
 */
import config from '../../locales/locales.json' with { type: 'json' };

export interface LocaleInfo {
  code: string;
  /** The locale's own name for itself, for language pickers. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Where missing strings and content come from, before the source locale. */
  fallback: string[];
  /**
   * The tag given to `Intl` and to i18next's plural rules. `pt` ships European Portuguese, but
   * `Intl` reads a bare `pt` as Brazilian ("0 termo", "4.500"), so its `intl` is `pt-PT`.
   */
  intl: string;
}

export type RawLocale = { name: string; dir: string; fallback?: string[]; intl?: string };

export const SOURCE_LOCALE: string = config.source;

const toInfo = ([code, info]: [string, RawLocale]): LocaleInfo => ({
  code,
  name: info.name,
  dir: info.dir === 'rtl' ? 'rtl' : 'ltr',
  fallback: info.fallback ?? [],
  intl: info.intl ?? code,
});

export const LOCALES: readonly LocaleInfo[] = Object.entries(config.locales as Record<string, RawLocale>).map(toInfo);

export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);

/**
 * Adds locales to the list, for the build-time code of this process only: the development and
 * test locales (src/compiler/dev-locales.ts) for the dev server, Storybook and the browser tests.
 * No browser code calls it, so no bundle carries it; a browser build that is to have them finds
 * them in its copy of locales.json.
 */
export function addLocales(extra: Record<string, RawLocale>): void {
  for (const [code, info] of Object.entries(extra)) {
    if (LOCALE_CODES.includes(code)) continue;
    (LOCALES as LocaleInfo[]).push(toInfo([code, info]));
    (LOCALE_CODES as string[]).push(code);
  }
}

export function localeInfo(code: string): LocaleInfo | undefined {
  return LOCALES.find((l) => l.code === code);
}

/**
 * The locales to try, in order, for content or strings in `code`: itself, its fallbacks and
 * theirs (depth first, each once: nb → sv → en), then the source. `npm run check` rejects
 * unknown codes and loops in locales.json.
 */
export function fallbackChain(code: string): string[] {
  return resolveChain(code, (current) => localeInfo(current)?.fallback ?? [], SOURCE_LOCALE);
}

/** The chain for any table of fallbacks (pure, so tests can give it one). */
export function resolveChain(code: string, fallbacksOf: (code: string) => readonly string[], source: string): string[] {
  const chain: string[] = [];
  const visit = (current: string) => {
    if (chain.includes(current)) return;
    chain.push(current);
    for (const next of fallbacksOf(current)) visit(next);
  };
  visit(code);
  return [...new Set([...chain, source])];
}

/** The tag for `Intl` APIs and plural rules of a shipped locale (`pt` → `pt-PT`). */
export function intlTag(code: string): string {
  return localeInfo(code)?.intl ?? code;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of language `code` in the language of `reader`, as the browser (or Node) writes it:
 * `languageName('en', 'fi')` → "englanti", `languageName('en', 'pl')` → "angielski". It fits
 * after a colon in any sentence, where a case form would not.
 */
export function languageName(code: string, reader: string): string {
  let names = displayNames.get(reader);
  if (!names) {
    names = new Intl.DisplayNames([intlTag(reader)], { type: 'language', fallback: 'code' });
    displayNames.set(reader, names);
  }
  // The generic tag: the reader should read "Portuguese", not "European Portuguese", for `pt`.
  return names.of(code) ?? code;
}

/**
 * Best shipped locale for a BCP 47 tag: exact match (case-insensitive), then the tag's language
 * (`pt-BR` → `pt`), else `undefined`.
 */
export function matchLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!wanted) return undefined;
  const exact = LOCALE_CODES.find((code) => code.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return LOCALE_CODES.find((code) => code.toLowerCase() === language);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return localeInfo(code)?.dir ?? 'ltr';
}
