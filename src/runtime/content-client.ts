/**
 * The content client: fetches compiled catalogs relative to the kit's base, each URL once per
 * page. A failed request is not cached, so "try again" really tries again.
 */
import type { CatalogIndex, CompiledCard, CompiledGlossary, CompiledQuiz } from '../compiler/schema.ts';
import { kitUrl } from './config.ts';
import { OreError } from './errors.ts';

const cache = new Map<string, Promise<unknown>>();

async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch (error) {
    throw new OreError('network', `could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new OreError('network', `could not fetch ${url}: HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
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
  return load<CatalogIndex>(`content/${locale}/index.json`);
}

export async function loadCard(locale: string, slug: string): Promise<CompiledCard> {
  const index = await loadIndex(locale);
  if (!index.cards.some((card) => card.slug === slug)) {
    throw new OreError('unknown-card', `there is no card "${slug}" in the ${locale} catalog`, { slug });
  }
  return load<CompiledCard>(`content/${locale}/cards/${slug}.json`);
}

export async function loadQuiz(locale: string, slug: string): Promise<CompiledQuiz> {
  const index = await loadIndex(locale);
  if (!index.quizzes.some((quiz) => quiz.slug === slug)) {
    throw new OreError('unknown-quiz', `there is no quiz "${slug}" in the ${locale} catalog`, { slug });
  }
  return load<CompiledQuiz>(`content/${locale}/quizzes/${slug}.json`);
}

export function loadGlossary(locale: string): Promise<CompiledGlossary> {
  return load<CompiledGlossary>(`content/${locale}/glossary.json`);
}

/** URL of the static page of a card, readable without JavaScript. */
export function cardPageUrl(locale: string, slug: string): string {
  return kitUrl(`cards/${locale}/${slug}.html`);
}

/** Forgets every cached response (tests; a long-lived page after a content update). */
export function clearContentCache(): void {
  cache.clear();
}
