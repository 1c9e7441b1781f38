/**
 * The kit's own translator for its UI strings (i18next JSON v4, as in `locales/<locale>/ui.json`):
 * nested keys, `{{name}}` interpolation and plural suffixes (`_one`, `_few`, `_other`… chosen by
 * `Intl.PluralRules` for `count`), looked up along the locale's fallback chain. That is all the
 * kit's strings use, in a few hundred bytes instead of i18next's 15 KB in every page's download
 * (measured by tests/smoke/budget.test.ts). It never touches a host page's own i18next.
 *
 * English is bundled so an error can always be read; every other locale's strings are fetched as
 * data (`content/<locale>/ui.json`, beside the content) the first time an element needs them.
 */
import type { TFunction } from 'i18next';
import './i18n-keys.ts';
import en from '../../locales/en/ui.json' with { type: 'json' };
import { SOURCE_LOCALE, fallbackChain, intlTag } from '../shared/locales.ts';
import { loadUiStrings } from './content-client.ts';

type Strings = { [key: string]: string | Strings };

const bundles = new Map<string, Strings>([[SOURCE_LOCALE, en as Strings]]);
const loading = new Map<string, Promise<void>>();
const pluralRules = new Map<string, Intl.PluralRules>();
const translators = new Map<string, TFunction<'ui'>>();

/**
 * Loads a locale's strings and those of its fallbacks. Never rejects: a locale whose strings
 * fail to load reads in its fallback language instead of breaking the widget.
 */
export function ensureLocale(locale: string): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all(
      fallbackChain(locale)
        .filter((code) => !bundles.has(code))
        .map((code) =>
          loadUiStrings(code).then(
            (strings) => void bundles.set(code, strings as Strings),
            (error: unknown) => {
              // Forget the attempt, so a later element (or "try again") asks again.
              loading.delete(locale);
              console.warn(`ore-kit: UI strings for "${code}" could not be loaded`, error);
            },
          ),
        ),
    ).then(() => undefined);
    loading.set(locale, pending);
  }
  return pending;
}

function lookup(strings: Strings | undefined, key: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function plural(locale: string, count: number): string {
  let rules = pluralRules.get(locale);
  // By the Intl tag: European Portuguese (pt-PT) says "0 termos", Brazilian "0 termo".
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTag(locale))));
  return rules.select(count);
}

function translate(locale: string, key: string, options: Record<string, unknown> = {}): string {
  const count = options.count;
  let text: string | undefined;
  for (const code of fallbackChain(locale)) {
    const strings = bundles.get(code);
    if (typeof count === 'number') text = lookup(strings, `${key}_${plural(code, count)}`) ?? lookup(strings, `${key}_other`);
    text ??= lookup(strings, key);
    if (text !== undefined) break;
  }
  if (text === undefined) return key;
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
}

/** A translator fixed to `locale` (typed by the English keys, see i18n-keys.ts). */
export function translatorFor(locale: string): TFunction<'ui'> {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = ((key: string, options?: Record<string, unknown>) => translate(locale, key, options)) as unknown as TFunction<'ui'>));
  return t;
}

/**
 * The language a string is shown in for `locale` right now: the first locale of its fallback
 * chain whose strings have arrived and have it. Before a locale's strings arrive (or when they
 * could not be loaded) that is English, and the text must say so with its `lang`.
 */
export function languageOf(locale: string, key: string): string {
  return fallbackChain(locale).find((code) => lookup(bundles.get(code), key) !== undefined) ?? SOURCE_LOCALE;
}
