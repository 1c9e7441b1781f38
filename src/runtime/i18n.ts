/**
 * The kit's one private i18next instance (never the host page's global one). English is
 * bundled so an error can always be read; every other locale's strings are fetched as data
 * (`content/<locale>/ui.json`, beside the content) the first time an element needs them.
 */
import i18next, { type TFunction } from 'i18next';
import './i18n-keys.ts';
import resourcesToBackend from 'i18next-resources-to-backend';
import en from '../../locales/en/ui.json' with { type: 'json' };
import { LOCALE_CODES, LOCALES, SOURCE_LOCALE, fallbackChain, intlTag } from '../shared/locales.ts';
import { loadUiStrings } from './content-client.ts';

/*
 * i18next knows each locale by its Intl tag (`pt` as `pt-PT`), because it takes its plural
 * rules from Intl.PluralRules of that tag: European Portuguese says "0 termos", not "0 termo".
 */
const kitCode = (tag: string) => LOCALES.find((l) => l.intl === tag)?.code ?? tag;
const chainOf = (locale: string) => fallbackChain(locale).map(intlTag);

const instance = i18next.createInstance();
const ready = instance
  .use(resourcesToBackend((tag: string) => loadUiStrings(kitCode(tag))))
  .init({
    resources: { [intlTag(SOURCE_LOCALE)]: { ui: en } },
    partialBundledLanguages: true,
    supportedLngs: LOCALE_CODES.map(intlTag),
    fallbackLng: (tag: string) => chainOf(kitCode(tag)).slice(1),
    ns: ['ui'],
    defaultNS: 'ui',
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<typeof instance.init>[0]);

const loading = new Map<string, Promise<void>>();

/**
 * Loads a locale's strings and those of its fallbacks. Never rejects: a locale whose strings
 * fail to load reads in its fallback language instead of breaking the widget.
 */
export function ensureLocale(locale: string): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = ready
      .then(() => instance.loadLanguages(chainOf(locale)))
      .catch((error: unknown) => console.warn(`ore-kit: UI strings for "${locale}" could not be loaded`, error));
    loading.set(locale, pending);
  }
  return pending;
}

export function translatorFor(locale: string): TFunction<'ui'> {
  return instance.getFixedT(intlTag(locale), 'ui');
}

export function hasStrings(locale: string): boolean {
  return instance.hasResourceBundle(intlTag(locale), 'ui');
}

export { instance as i18n };
