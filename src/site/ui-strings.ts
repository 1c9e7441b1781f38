/**
 * UI strings for the site's own pages (the configurator, the embed page): the kit's
 * `content/<locale>/ui.json` and `site.json`, fetched as data like the elements do, with the locale's fallback
 * chain behind it, so a string missing in one language reads in the next.
 */
import { catalogPaths } from '../shared/catalog.ts';
import { fallbackChain } from '../shared/locales.ts';

export type Translate = (key: string, vars?: Record<string, string>) => string;

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
}

const cache = new Map<string, Promise<Map<string, string>>>();

function load(base: string, locale: string): Promise<Map<string, string>> {
  let pending = cache.get(locale);
  if (!pending) {
    const part = (path: string) =>
      fetch(new URL(path, base))
        .then((response) => (response.ok ? response.json() : {}))
        .catch(() => ({}));
    pending = Promise.all([part(catalogPaths.ui(locale)), part(catalogPaths.siteUi(locale))]).then((parts) => {
      const flat = new Map<string, string>();
      for (const json of parts) flatten(json, '', flat);
      return flat;
    });
    cache.set(locale, pending);
  }
  return pending;
}

/** A translator for `locale`; never rejects (a string that cannot be loaded shows its key). */
export async function fetchUiStrings(base: string, locale: string): Promise<Translate> {
  const chain = await Promise.all(fallbackChain(locale).map((code) => load(base, code)));
  return (key, vars = {}) => {
    for (const strings of chain) {
      const text = strings.get(key);
      if (text) return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => vars[name] ?? '');
    }
    return key;
  };
}
