/**
 * The one definition of ore-kit content.
 *
 * Each collection has a *source* schema (the `en` file holds every field) and a
 * *translation* schema (only the fields a translator may change). The compiler validates
 * with these; the browser runtime imports only the `Compiled*` types at the bottom, so zod
 * never reaches the bundle.
 */
import { z } from 'zod';

export const COLLECTIONS = ['topics', 'glossary', 'regions', 'cards', 'quizzes'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Units a headline figure may carry; all are units `Intl.NumberFormat` formats in every locale. */
export const FIGURE_UNITS = ['percent', 'kilogram', 'gram', 'year', 'month', 'kilometer', 'meter'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const SUMMARY_MAX = 160;

const text = z.string().trim().min(1, 'must not be empty');
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and single hyphens');

export const source = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL a reader can open' }),
  year: z.int().min(1500).max(2100),
  publisher: text.optional(),
});

export const translationMeta = z.strictObject({
  from: z
    .string({ error: 'must be the source hash in quotes, e.g. from: "3f2a9c0d1b7e" (npm run i18n:status prints it)' })
    .regex(/^[0-9a-f]{12}$/, 'must be the 12-character source hash that `npm run i18n:status` prints'),
  status: z.enum(['machine', 'reviewed']),
  /** Who checked a reviewed translation: a name or a GitHub handle. Not part of the source hash. */
  'reviewed-by': text.optional(),
}).superRefine((meta, ctx) => {
  if (meta.status === 'reviewed' && !meta['reviewed-by']) {
    ctx.addIssue({ code: 'custom', path: ['reviewed-by'], message: 'is required when status is reviewed: write who checked the translation, e.g. reviewed-by: "Anna Nowak"' });
  }
  if (meta.status === 'machine' && meta['reviewed-by']) {
    ctx.addIssue({ code: 'custom', path: ['reviewed-by'], message: 'only a reviewed translation names a reviewer: set status: reviewed, or remove this line' });
  }
});

const illustration = z.strictObject({ src: slug, alt: text });
const illustrationText = z.strictObject({ alt: text });

const comparison = z.strictObject({ label: text, value: z.number().nonnegative() });
const figure = z.strictObject({
  value: z.number(),
  unit: z.enum(FIGURE_UNITS).optional(),
  label: text,
  /** Bars drawn beside the figure, e.g. an electric car against a conventional one. */
  compare: z.array(comparison).min(2).max(5).optional(),
});
const figureText = z.strictObject({
  label: text,
  compare: z.array(z.strictObject({ label: text })).optional(),
});

const summary = text.max(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters (banners show it on one line)`);

export const topicSource = z.strictObject({
  title: text,
  summary,
  order: z.int().min(1),
  illustration: illustration.optional(),
});
export const topicTranslation = z.strictObject({
  title: text,
  summary,
  illustration: illustrationText.optional(),
  translation: translationMeta,
});

export const glossarySource = z.strictObject({
  term: text,
  kind: z.enum(['material', 'concept']),
  /** Chemical symbol where the material is an element, e.g. `Li`. */
  symbol: z.string().regex(/^[A-Z][a-z]?$/).optional(),
  definition: text.max(320, 'must be at most 320 characters: a definition, not an article'),
  related: z.array(slug).optional(),
});
export const glossaryTranslation = z.strictObject({
  term: text,
  definition: text.max(400),
  translation: translationMeta,
});

export const regionSource = z.strictObject({
  name: text,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as FI'),
  /** The region's role in the REMIX project; `none` for every other region. */
  remix: z.enum(['partner', 'advisory', 'none']),
  summary,
  minerals: z.array(slug).min(1),
  illustration: illustration.optional(),
  sources: z.array(source).min(1, 'must name at least one source'),
});
export const regionTranslation = z.strictObject({
  name: text,
  summary,
  illustration: illustrationText.optional(),
  translation: translationMeta,
});

export const cardSource = z.strictObject({
  title: text.max(90, 'must be at most 90 characters'),
  summary,
  topic: slug,
  tags: z.array(slug).min(1, 'must list at least one tag'),
  minerals: z.array(slug).optional(),
  regions: z.array(slug).optional(),
  figure: figure.optional(),
  illustration,
  sources: z.array(source).min(1, 'must name at least one source'),
});
export const cardTranslation = z.strictObject({
  title: text.max(110),
  summary,
  figure: figureText.optional(),
  illustration: illustrationText.optional(),
  translation: translationMeta,
});

const question = z.strictObject({
  question: text,
  choices: z.array(text).min(3, 'must offer 3 or 4 choices').max(4, 'must offer 3 or 4 choices'),
  /** The correct choice, written exactly as in `choices`. */
  answer: text,
  explanation: text,
  /** The card the explanation comes from. */
  card: slug,
});
export const quizSource = z.strictObject({
  title: text,
  topic: slug,
  summary: summary.optional(),
  questions: z.array(question).min(1, 'must ask at least one question'),
});
export const quizTranslation = z.strictObject({
  title: text,
  summary: summary.optional(),
  questions: z.array(
    z.strictObject({
      question: text,
      choices: z.array(text).min(3).max(4),
      explanation: text,
    }),
  ),
  translation: translationMeta,
});

export const SCHEMAS = {
  topics: { source: topicSource, translation: topicTranslation, body: 'required' },
  glossary: { source: glossarySource, translation: glossaryTranslation, body: 'none' },
  regions: { source: regionSource, translation: regionTranslation, body: 'required' },
  cards: { source: cardSource, translation: cardTranslation, body: 'required' },
  quizzes: { source: quizSource, translation: quizTranslation, body: 'none' },
} as const satisfies Record<Collection, { source: z.ZodType; translation: z.ZodType; body: 'required' | 'none' }>;

export type TopicSource = z.infer<typeof topicSource>;
export type GlossarySource = z.infer<typeof glossarySource>;
export type RegionSource = z.infer<typeof regionSource>;
export type CardSource = z.infer<typeof cardSource>;
export type QuizSource = z.infer<typeof quizSource>;
export type Source = z.infer<typeof source>;
export type TranslationStatus = z.infer<typeof translationMeta>['status'];

/* ------------------------------------------------------------------------------------------
 * The compiled catalogs the browser fetches: `content/<locale>/index.json`,
 * `content/<locale>/cards/<slug>.json`, `content/<locale>/quizzes/<slug>.json`,
 * `content/<locale>/glossary.json`. Every entry says which language it is really in
 * (`lang`), so fallback content is announced in its own language.
 * ---------------------------------------------------------------------------------------- */

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
}

export interface CompiledRegion extends Provenance {
  slug: string;
  name: string;
  country: string;
  remix: RegionSource['remix'];
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
  kind: GlossarySource['kind'];
  symbol?: string;
  definition: string;
  related: string[];
}

export interface CompiledCard extends CardSummary {
  /** Topic title in the card's locale. */
  topicTitle: string;
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

export interface CatalogIndex {
  /** The catalog's locale. */
  locale: string;
  topics: CompiledTopic[];
  regions: CompiledRegion[];
  cards: CardSummary[];
  quizzes: QuizSummary[];
}

export interface CompiledGlossary {
  locale: string;
  terms: CompiledTerm[];
}
