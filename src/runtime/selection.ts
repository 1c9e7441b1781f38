/**
 * Which cards a deck or banner shows: an explicit list, or a filter by topic, tags and region,
 * capped by a limit. Pure, so the rules are the same for every element and easy to test.
 */
import type { CardSummary } from '../shared/catalog.ts';

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
  /** Slugs named in `cards` that the catalog does not have. */
  unknown: string[];
}

export function selectCards(all: readonly CardSummary[], selection: Selection): SelectedCards {
  const wanted = splitList(selection.cards);
  let cards: CardSummary[];
  let unknown: string[] = [];
  if (wanted.length) {
    const bySlug = new Map(all.map((card) => [card.slug, card]));
    cards = wanted.flatMap((slug) => bySlug.get(slug) ?? []);
    unknown = wanted.filter((slug) => !bySlug.has(slug));
  } else {
    const tags = splitList(selection.tags);
    cards = all.filter(
      (card) =>
        (!selection.topic || card.topic === selection.topic) &&
        (!selection.region || card.regions.includes(selection.region)) &&
        (!tags.length || tags.some((tag) => card.tags.includes(tag))),
    );
  }
  const limit = selection.limit && selection.limit > 0 ? Math.floor(selection.limit) : undefined;
  return { cards: limit ? cards.slice(0, limit) : cards, unknown };
}
