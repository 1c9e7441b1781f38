/**
 * The content client: fetches compiled catalogs relative to the kit's base, each URL once per
 * page. A request that fails, or does not answer within the timeout, is not cached, so "try
 * again" really tries again.
 */
import { catalogPaths, type CatalogSelection, type CompiledCard, type CompiledGlossary, type CompiledObject, type CompiledQuiz } from '../shared/catalog.ts';
import { contentTimeout, kitUrl } from './config.ts';
import { OreError } from './errors.ts';
import { fallbackChain } from '../shared/locales.ts';

const cache = new Map<string, Promise<unknown>>();

/**
 * Requests `ore-kit.js` started for elements it saw before their code arrived (src/runtime/prefetch.ts),
 * by URL. Handed over through a global, not an import: an import shared with the entry would make
 * every chunk import `ore-kit.js` back. Each is taken once.
 */
function takePrefetched(url: string): Promise<Response> | undefined {
  const started = (globalThis as { [key: symbol]: Map<string, Promise<Response>> | undefined })[Symbol.for('ore-kit.prefetch')];
  const response = started?.get(url);
  started?.delete(url);
  return response;
}

/** Marks an answer 404 (the file does not exist), so a missing card is told apart from a network failure. */
const NOT_FOUND = { status: '404' };

async function fetchJson<T>(url: string): Promise<T> {
  const timeout = contentTimeout();
  // One deadline for the whole exchange: a server that sends headers and then stalls is caught too.
  const signal = AbortSignal.timeout(timeout);
  const timedOut = () => new OreError('timeout', `no answer from ${url} within ${timeout / 1000} s`);
  // A request the entry started has its own deadline; this one still applies.
  const deadline = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(timedOut()), { once: true }));
  deadline.catch(() => undefined);
  let response: Response;
  try {
    response = await Promise.race([takePrefetched(url) ?? fetch(url, { credentials: 'omit', signal }), deadline]);
  } catch (error) {
    if (signal.aborted) throw timedOut();
    throw new OreError('network', `could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new OreError('network', `could not fetch ${url}: HTTP ${response.status}`, response.status === 404 ? NOT_FOUND : {});
  try {
    return (await Promise.race([response.json(), deadline])) as T;
  } catch {
    if (signal.aborted) throw timedOut();
    throw new OreError('network', `${url} is not valid JSON`);
  }
}

const notFound = (error: unknown) => error instanceof OreError && error.params.status === NOT_FOUND.status;

/**
 * Every file answered 404: `missing()` — the error that names what the page asked for — only if
 * the catalog itself answers (its UI strings, usually loaded already). When the kit's base is
 * wrong every file is 404, and that is a network failure worth retrying, not a wrong slug.
 */
async function missingOr(locale: string, error: unknown, missing: () => OreError): Promise<never> {
  try {
    await load(catalogPaths.ui(locale));
  } catch {
    throw error;
  }
  throw missing();
}

function load<T>(path: string): Promise<T> {
  const url = kitUrl(path);
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetchJson<T>(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

/**
 * What a deck or banner selects its cards from (smaller than the index). With a `topic` (and no
 * other filter: the caller passes none then), only that topic's cards; a topic that has no file
 * falls back to the whole list, where the selection then finds it unknown and says so.
 */
export function loadSelection(locale: string, topic?: string): Promise<CatalogSelection> {
  const whole = () => load<CatalogSelection>(catalogPaths.selection(locale));
  if (!topic || !SLUG.test(topic)) return whole();
  return load<CatalogSelection>(catalogPaths.topicSelection(locale, topic)).catch((error: unknown) => (notFound(error) ? whole() : Promise.reject(error)));
}

/** A slug is only ever a file name in the catalog, never a path: `../x` or `a/b` is no card. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * One card: its own file, nothing else (no index to check the slug). A locale has a file only
 * for the cards translated into it, so a 404 means "try the next locale of the fallback chain";
 * a 404 in all of them is the unknown card.
 */
export function loadCard(locale: string, slug: string): Promise<CompiledCard> {
  return loadAlongChain(locale, slug, catalogPaths.card, () => new OreError('unknown-card', `there is no card "${slug}" in the ${locale} catalog`, { slug }));
}

/** One glossary term and its related terms (not the whole glossary), found like a card. */
export function loadTerm(locale: string, slug: string): Promise<CompiledGlossary> {
  return loadAlongChain(locale, slug, catalogPaths.term, () => new OreError('unknown-term', `there is no glossary term "${slug}" in the ${locale} glossary`, { slug }));
}

/** The file of `slug` in the first locale of the chain that has one; none is the `missing` error. */
async function loadAlongChain<T>(locale: string, slug: string, pathOf: (locale: string, slug: string) => string, missing: () => OreError): Promise<T> {
  if (!SLUG.test(slug)) throw missing();
  let last: unknown;
  for (const code of fallbackChain(locale)) {
    try {
      return await load<T>(pathOf(code, slug));
    } catch (error) {
      if (!notFound(error)) throw error;
      last = error;
    }
  }
  return missingOr(locale, last, missing);
}

/** One quiz, with the titles of the cards its questions come from compiled in. */
export function loadQuiz(locale: string, slug: string): Promise<CompiledQuiz> {
  return loadInLocale(locale, slug, catalogPaths.quiz, () => new OreError('unknown-quiz', `there is no quiz "${slug}" in the ${locale} catalog`, { slug }));
}

/** One everyday object, with its parts' materials and cards compiled in. */
export function loadObject(locale: string, slug: string): Promise<CompiledObject> {
  return loadInLocale(locale, slug, catalogPaths.object, () => new OreError('unknown-object', `there is no object "${slug}" in the ${locale} catalog`, { slug }));
}

/** The file of `slug` in a locale that has one for every slug (quizzes, objects): a 404 is the `missing` error. */
function loadInLocale<T>(locale: string, slug: string, pathOf: (locale: string, slug: string) => string, missing: () => OreError): Promise<T> {
  if (!SLUG.test(slug)) return Promise.reject(missing());
  return load<T>(pathOf(locale, slug)).catch((error: unknown) => (notFound(error) ? missingOr(locale, error, missing) : Promise.reject(error)));
}

/** A locale's UI strings: data like the content, so no code chunk per locale. */
export function loadUiStrings(locale: string): Promise<Record<string, unknown>> {
  return load<Record<string, unknown>>(catalogPaths.ui(locale));
}

export function loadGlossary(locale: string): Promise<CompiledGlossary> {
  return load<CompiledGlossary>(catalogPaths.glossary(locale));
}

/** URL of the static page of a card, readable without JavaScript. */
export function cardPageUrl(locale: string, slug: string): string {
  return kitUrl(catalogPaths.cardPage(locale, slug));
}

/** URL of the static page (and poster) of an everyday object. */
export function objectPageUrl(locale: string, slug: string): string {
  return kitUrl(catalogPaths.objectPage(locale, slug));
}

/** Forgets every cached response (tests; a long-lived page after a content update). */
export function clearContentCache(): void {
  cache.clear();
}
