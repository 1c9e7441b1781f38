/**
 * The content client: fetches compiled catalogs relative to the kit's base, each URL once per
 * page. A request that fails, or does not answer within the timeout, is not cached, so "try
 * again" really tries again.
 */
import { catalogPaths, type CatalogIndex, type CompiledCard, type CompiledGlossary, type CompiledObject, type CompiledQuiz } from '../shared/catalog.ts';
import { contentTimeout, kitUrl } from './config.ts';
import { OreError } from './errors.ts';

const cache = new Map<string, Promise<unknown>>();

async function fetchJson<T>(url: string): Promise<T> {
  const timeout = contentTimeout();
  // One deadline for the whole exchange: a server that sends headers and then stalls is caught too.
  const signal = AbortSignal.timeout(timeout);
  const timedOut = () => new OreError('timeout', `no answer from ${url} within ${timeout / 1000} s`);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', signal });
  } catch (error) {
    if (signal.aborted) throw timedOut();
    throw new OreError('network', `could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new OreError('network', `could not fetch ${url}: HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    if (signal.aborted) throw timedOut();
    throw new OreError('network', `${url} is not valid JSON`);
  }
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

export function loadIndex(locale: string): Promise<CatalogIndex> {
  return load<CatalogIndex>(catalogPaths.index(locale));
}

export async function loadCard(locale: string, slug: string): Promise<CompiledCard> {
  const index = await loadIndex(locale);
  if (!index.cards.some((card) => card.slug === slug)) {
    throw new OreError('unknown-card', `there is no card "${slug}" in the ${locale} catalog`, { slug });
  }
  return load<CompiledCard>(catalogPaths.card(locale, slug));
}

export async function loadQuiz(locale: string, slug: string): Promise<CompiledQuiz> {
  const index = await loadIndex(locale);
  if (!index.quizzes.some((quiz) => quiz.slug === slug)) {
    throw new OreError('unknown-quiz', `there is no quiz "${slug}" in the ${locale} catalog`, { slug });
  }
  return load<CompiledQuiz>(catalogPaths.quiz(locale, slug));
}

export async function loadObject(locale: string, slug: string): Promise<CompiledObject> {
  const index = await loadIndex(locale);
  if (!index.objects?.some((object) => object.slug === slug)) {
    throw new OreError('unknown-object', `there is no object "${slug}" in the ${locale} catalog`, { slug });
  }
  return load<CompiledObject>(catalogPaths.object(locale, slug));
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
