/**
 * Which cards a deck or banner shows: an explicit list, or a filter by topic, tags and region,
 * capped by a limit. Pure, so the rules are the same for every element and easy to test.
 * A topic, region or tag the catalog does not know is an error, never an empty selection, so
 * a typo in a snippet is seen.
 */
import type { CardSummary, CatalogSelection } from '../shared/catalog.ts';
import { OreError } from './errors.ts';

export interface Selection {
  topic?: string;
  /** Comma-separated tags; a card matches when it has any of them. */
  tags?: string;
  region?: string;
  /** Comma-separated slugs, shown in this order. */
  cards?: string;
  limit?: number;
}

export const splitList = (value?: string): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export interface SelectedCards {
  cards: CardSummary[];
}

function checkFilters(index: Pick<CatalogSelection, 'topics' | 'regions' | 'cards'>, selection: Selection): void {
  if (selection.topic && !index.topics.some((topic) => topic.slug === selection.topic)) {
    throw new OreError('unknown-topic', `topic="${selection.topic}" is not a topic of the catalog`, { slug: selection.topic });
  }
  if (selection.region && !index.regions.some((region) => region.slug === selection.region)) {
    throw new OreError('unknown-region', `region="${selection.region}" is not a region of the catalog`, { slug: selection.region });
  }
  const known = new Set(index.cards.flatMap((card) => card.tags));
  const unknownTags = splitList(selection.tags).filter((tag) => !known.has(tag));
  if (unknownTags.length) {
    throw new OreError('unknown-tag', `tags="${selection.tags}": no card has the tag(s) ${unknownTags.join(', ')}`, { slug: unknownTags.join(', ') });
  }
}

export function selectCards(index: Pick<CatalogSelection, 'topics' | 'regions' | 'cards'>, selection: Selection): SelectedCards {
  const all = index.cards;
  const wanted = splitList(selection.cards);
  let cards: CardSummary[];
  if (wanted.length) {
    const bySlug = new Map(all.map((card) => [card.slug, card]));
    const unknown = wanted.filter((slug) => !bySlug.has(slug));
    if (unknown.length) {
      throw new OreError('unknown-card', `cards="${selection.cards}" names card(s) the catalog does not have: ${unknown.join(', ')}`, { slug: unknown.join(', ') });
    }
    cards = wanted.map((slug) => bySlug.get(slug)!);
  } else {
    checkFilters(index, selection);
    const tags = splitList(selection.tags);
    cards = all.filter(
      (card) =>
        (!selection.topic || card.topic === selection.topic) &&
        (!selection.region || card.regions.includes(selection.region)) &&
        (!tags.length || tags.some((tag) => card.tags.includes(tag))),
    );
  }
  const limit = selection.limit && selection.limit > 0 ? Math.floor(selection.limit) : undefined;
  return { cards: limit ? cards.slice(0, limit) : cards };
}
