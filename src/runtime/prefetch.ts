/**
 * Starts the requests an element will make, as soon as the one-script entry sees its tag, so
 * they travel in parallel with the element's code instead of after it: the content (a card's or
 * quiz's own file, the glossary, the summaries a deck or banner selects from) and the UI strings of
 * its locale. The element's content client takes each response by URL, once, through a global
 * (`Symbol.for('ore-kit.prefetch')`, see content-client.ts); a request nobody takes costs only
 * its bytes.
 *
 * Standalone on purpose, like autoload.ts: anything this module shares with the elements would be
 * bundled into `ore-kit.js` and imported back by every chunk. So it resolves the locale with a few
 * lines of its own, following the runtime's rules (locale.ts): the closest `lang` across shadow
 * roots, exact then by language; an unknown `lang` reads in the source locale; then the browser's
 * languages. A guess that differs from the element's own only wastes one request.
 */
const SOURCE = 'en';

/** The files an element of each tag reads first (paths as in src/shared/catalog.ts). */
const CONTENT: Record<string, (element: Element, locale: string) => string | undefined> = {
  'ore-card': (element, locale) => slugPath(element.getAttribute('card'), `content/${locale}/cards/`),
  'ore-quiz': (element, locale) => slugPath(element.getAttribute('quiz'), `content/${locale}/quizzes/`),
  'ore-glossary': (element, locale) => slugPath(element.getAttribute('term'), `content/${locale}/glossary/`) ?? `content/${locale}/glossary.json`,
  'ore-deck': (element, locale) => selectionPath(['cards', 'tags', 'region'].some((a) => element.hasAttribute(a)) ? null : element.getAttribute('topic'), locale),
  'ore-banner': (element, locale) => selectionPath(element.hasAttribute('region') ? null : element.getAttribute('topic'), locale),
};

/** A deck or banner of one topic (and no other filter) reads that topic's cards only; else the whole list. */
function selectionPath(topic: string | null, locale: string): string {
  return slugPath(topic, `content/${locale}/selection/`) ?? `content/${locale}/selection.json`;
}

function slugPath(slug: string | null, folder: string): string | undefined {
  slug = slug?.trim() ?? '';
  return /^[a-z0-9][a-z0-9-]*$/.test(slug) ? `${folder}${slug}.json` : undefined;
}

function match(tag: string, locales: readonly string[]): string | undefined {
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  return locales.find((code) => code.toLowerCase() === wanted) ?? locales.find((code) => code.toLowerCase() === wanted.split('-')[0]);
}

function localeOf(element: Element, locales: readonly string[]): string {
  for (let node: Node | null = element; node; node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode) {
    const lang = node instanceof Element ? node.getAttribute('lang')?.trim() : '';
    if (lang) return match(lang, locales) ?? SOURCE;
  }
  for (const tag of navigator.languages ?? []) {
    const locale = match(tag, locales);
    if (locale) return locale;
  }
  return SOURCE;
}

export function createPrefetcher(base: URL, locales: readonly string[]): (element: Element) => void {
  const global = globalThis as { [key: symbol]: unknown };
  const started = (global[Symbol.for('ore-kit.prefetch')] ??= new Map()) as Map<string, Promise<Response>>;
  // Once per page, shared by every copy of the entry on it (a cache-busted `ore-kit.js?v=2` beside
  // the plain one): later elements with the same file share the element's own cache.
  const requested = (global[Symbol.for('ore-kit.prefetched')] ??= new Set()) as Set<string>;
  const get = (path: string) => {
    const url = new URL(path, base).href;
    if (requested.has(url)) return;
    requested.add(url);
    const response = fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(10_000) });
    response.catch(() => undefined);
    started.set(url, response);
  };
  return (element) => {
    const content = CONTENT[element.localName];
    if (!content) return;
    const locale = localeOf(element, locales);
    const path = content(element, locale);
    if (path) get(path);
    // English is bundled with the code.
    if (locale !== SOURCE) get(`content/${locale}/ui.json`);
  };
}
