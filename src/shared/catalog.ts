/**
 * The compiled catalog: the one contract between the build (which writes it) and the browser
 * (which fetches it). Types and file paths only — no zod, no DOM, no Node — so both sides can
 * import it and neither reaches into the other's code. The compiler builds these values with
 * `satisfies`; the runtime and the elements read them.
 *
 * Every entry says which language it is really in (`lang`), so fallback content is announced
 * in its own language.
 */

/** Collections of the content library, in the order the compiler resolves them. */
export const COLLECTIONS = ['topics', 'glossary', 'regions', 'cards', 'quizzes', 'objects'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Units a headline figure may carry; all are units `Intl.NumberFormat` formats in every locale. */
export const FIGURE_UNITS = ['percent', 'kilogram', 'gram', 'year', 'month', 'kilometer', 'meter'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A region's role in the REMIX project; `none` for every other region. */
export const REMIX_ROLES = ['partner', 'advisory', 'none'] as const;
export type RemixRole = (typeof REMIX_ROLES)[number];

export const TERM_KINDS = ['material', 'concept'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const TRANSLATION_STATUSES = ['machine', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export interface Source {
  title: string;
  url: string;
  year: number;
  publisher?: string;
}

/** How an entry relates to the requested locale. */
export interface Provenance {
  /** BCP 47 language of the text, e.g. `en` when a `fi` catalog falls back. */
  lang: string;
  /** `source` for the source locale; otherwise the translation's status. */
  status: 'source' | TranslationStatus;
  /** The translation was made from an older version of the source. */
  stale?: boolean;
}

export interface CompiledFigure {
  value: number;
  unit?: FigureUnit;
  label: string;
  compare?: { label: string; value: number }[];
}

export interface CompiledIllustration {
  /** Inline SVG markup from the kit's own illustration set, checked at build time. */
  svg: string;
  alt: string;
}

export interface CompiledTopic extends Provenance {
  slug: string;
  title: string;
  summary: string;
  order: number;
  /** The topic's colour, e.g. `#0e7490`. */
  color?: string;
}

export interface CompiledRegion extends Provenance {
  slug: string;
  name: string;
  country: string;
  remix: RemixRole;
  summary: string;
  minerals: string[];
}

export interface CardSummary extends Provenance {
  slug: string;
  title: string;
  summary: string;
  topic: string;
  tags: string[];
  minerals: string[];
  regions: string[];
  figure?: CompiledFigure;
}

export interface CompiledTerm extends Provenance {
  slug: string;
  term: string;
  kind: TermKind;
  symbol?: string;
  definition: string;
  related: string[];
}

export interface CompiledCard extends CardSummary {
  /** Topic title in the card's locale. */
  topicTitle: string;
  /** The topic's colour, when it has one. */
  topicColor?: string;
  illustration: CompiledIllustration;
  /** Sanitised HTML rendered at build time; glossary links are `<a data-term="slug">`. */
  html: string;
  sources: Source[];
  /** Glossary entries the body links to, in order of first use. */
  terms: CompiledTerm[];
}

export interface CompiledQuestion {
  question: string;
  choices: string[];
  /** Index into `choices`. */
  answer: number;
  explanation: string;
  card: string;
  /** The card's title in the quiz's locale (or its fallback), so a quiz needs no other file. */
  cardTitle: string;
  /** Language of `cardTitle`. */
  cardLang: string;
}

export interface QuizSummary extends Provenance {
  slug: string;
  title: string;
  topic: string;
  summary?: string;
  count: number;
}

export interface CompiledQuiz extends QuizSummary {
  questions: CompiledQuestion[];
}

/** An everyday object in the index: enough to list it and to know it exists. */
export interface ObjectSummary extends Provenance {
  slug: string;
  title: string;
  summary: string;
}

/** One part of an everyday object: where it is in the drawing and which raw materials are in it. */
export interface CompiledObjectPart {
  /** The part's slug; its drawing is the SVG group `#part-<slug>` of the object's illustration. */
  slug: string;
  name: string;
  /** Slugs of the raw materials in the part (glossary terms of kind material), in the order authored. */
  materials: string[];
  /** The glossary's entries for those materials, then for any other term the text links. */
  terms: CompiledTerm[];
  /** What the materials do there: sanitised HTML rendered at build time. */
  html: string;
  /** A sourced number about the part, with the source it comes from. */
  figure?: CompiledFigure & { source: Source };
  /** The card that tells more, with its title in the object's language. */
  card: { slug: string; title: string; lang: string };
}

export interface CompiledObject extends ObjectSummary {
  /** The introduction: sanitised HTML rendered at build time. */
  html: string;
  /** The drawing, with one `<g id="part-<slug>">` per part. */
  illustration: CompiledIllustration;
  parts: CompiledObjectPart[];
  sources: Source[];
}

export interface CatalogIndex {
  /** The catalog's locale. */
  locale: string;
  topics: CompiledTopic[];
  regions: CompiledRegion[];
  cards: CardSummary[];
  quizzes: QuizSummary[];
  objects: ObjectSummary[];
}

/**
 * What a deck or banner selects from (`selection.json`): the slugs of topics and regions, to tell
 * a typo from an empty selection, and every card's summary — the index without the texts they
 * never show.
 */
export interface CatalogSelection {
  locale: string;
  topics: Pick<CompiledTopic, 'slug'>[];
  regions: Pick<CompiledRegion, 'slug'>[];
  cards: CardSummary[];
}

export interface CompiledGlossary {
  locale: string;
  terms: CompiledTerm[];
}

/** The folders of the site root that `catalogPaths` write into (the compiler's, not the bundler's). */
export const CATALOG_FOLDERS = ['content', 'cards', 'quizzes', 'glossary', 'topics', 'objects'] as const;

/**
 * Where each compiled file lives, relative to the kit's base URL (the folder of `ore-kit.js`).
 * The compiler writes to these paths and the content client fetches from them.
 */
export const catalogPaths = {
  index: (locale: string) => `content/${locale}/index.json`,
  selection: (locale: string) => `content/${locale}/selection.json`,
  card: (locale: string, slug: string) => `content/${locale}/cards/${slug}.json`,
  quiz: (locale: string, slug: string) => `content/${locale}/quizzes/${slug}.json`,
  glossary: (locale: string) => `content/${locale}/glossary.json`,
  /**
   * One term and the terms it names as related (a `CompiledGlossary` of those only): what
   * `<ore-glossary term>` reads instead of the whole glossary. Written where the term is in
   * that locale; elsewhere the client falls back along the chain, as for cards.
   */
  term: (locale: string, slug: string) => `content/${locale}/glossary/${slug}.json`,
  /** A locale's UI strings (i18next JSON v4), as in `locales/<locale>/ui.json`. */
  ui: (locale: string) => `content/${locale}/ui.json`,
  /** One topic's cards only: for a deck or banner that selects by topic and nothing else. */
  topicSelection: (locale: string, topic: string) => `content/${locale}/selection/${topic}.json`,
  /** The UI strings only the site's pages use (src/shared/ui-sections.ts), same shape. */
  siteUi: (locale: string) => `content/${locale}/site.json`,
  /** The static page of a card, readable without JavaScript. */
  cardPage: (locale: string, slug: string) => `cards/${locale}/${slug}.html`,
  /** A quiz as a printable worksheet, answer key at the end. */
  quizPage: (locale: string, slug: string) => `quizzes/${locale}/${slug}.html`,
  /** The whole glossary A–Z; `#term-<slug>` is one term. */
  glossaryPage: (locale: string) => `glossary/${locale}/index.html`,
  /** A topic and its cards. */
  topicPage: (locale: string, slug: string) => `topics/${locale}/${slug}.html`,
  /** The oEmbed response beside a card or quiz page (same path, `.oembed.json`). */
  oembed: (page: string) => page.replace(/\.html$/, '.oembed.json'),
  object: (locale: string, slug: string) => `content/${locale}/objects/${slug}.json`,
  /** The static page (and classroom poster) of an everyday object, readable without JavaScript. */
  objectPage: (locale: string, slug: string) => `objects/${locale}/${slug}.html`,
} as const;
