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
}

type RawLocale = { name: string; dir: string; fallback?: string[] };

export const SOURCE_LOCALE: string = config.source;

export const LOCALES: readonly LocaleInfo[] = Object.entries(config.locales as Record<string, RawLocale>).map(
  ([code, info]) => ({
    code,
    name: info.name,
    dir: info.dir === 'rtl' ? 'rtl' : 'ltr',
    fallback: info.fallback ?? [],
  }),
);

export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);

export function localeInfo(code: string): LocaleInfo | undefined {
  return LOCALES.find((l) => l.code === code);
}

/** The locales to try, in order, for content or strings in `code`: itself, its fallbacks, the source. */
export function fallbackChain(code: string): string[] {
  const chain = [code, ...(localeInfo(code)?.fallback ?? []), SOURCE_LOCALE];
  return [...new Set(chain)];
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
