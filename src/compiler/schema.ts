/**
 * The authoring schema: what a markdown file of the content library may hold (Node only).
 *
 * Each collection has a *source* schema (the `en` file holds every field) and a
 * *translation* schema (only the fields a translator may change). What the compiler makes of
 * them is the compiled catalog in `src/shared/catalog.ts`, the only content types the browser
 * sees, so zod never reaches the bundle.
 */
import { z } from 'zod';
import {
  COLLECTIONS,
  FIGURE_UNITS,
  REMIX_ROLES,
  TERM_KINDS,
  TRANSLATION_STATUSES,
  type Collection,
  type Source,
  type TranslationStatus,
} from '../shared/catalog.ts';

export { COLLECTIONS, FIGURE_UNITS, type Collection, type Source, type TranslationStatus };

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
  status: z.enum(TRANSLATION_STATUSES),
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
  /** The topic's colour in every widget (a mark beside its name): a mid-tone that reads on light and dark. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0e7490').optional(),
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
  kind: z.enum(TERM_KINDS),
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
  remix: z.enum(REMIX_ROLES),
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

/** A number about one part of an object; `source` is its place (1, 2, …) in the object's `sources`. */
const partFigure = z.strictObject({
  value: z.number(),
  unit: z.enum(FIGURE_UNITS).optional(),
  label: text,
  source: z.int().min(1, 'must be the number of a source in the list below: 1 for the first'),
});
const objectPart = z.strictObject({
  /** The part's slug: its drawing is the group `<g id="part-<slug>">` of the illustration. */
  slug,
  name: text,
  /** Glossary slugs of kind material: the raw materials in the part. */
  materials: z.array(slug).min(1, 'must name at least one raw material (a glossary slug)'),
  /** What the materials do there, in one or two sentences (markdown, `[[term]]` links). */
  text,
  figure: partFigure.optional(),
  /** The card that tells more. */
  card: slug,
});
export const objectSource = z.strictObject({
  title: text,
  summary,
  illustration,
  parts: z.array(objectPart).min(5, 'must have at least five parts'),
  sources: z.array(source).min(1, 'must name at least one source'),
});
export const objectTranslation = z.strictObject({
  title: text,
  summary,
  illustration: illustrationText.optional(),
  parts: z
    .array(
      z.strictObject({
        name: text,
        text,
        figure: z.strictObject({ label: text }).optional(),
      }),
    )
    .optional(),
  translation: translationMeta,
});

export const SCHEMAS = {
  topics: { source: topicSource, translation: topicTranslation, body: 'required' },
  glossary: { source: glossarySource, translation: glossaryTranslation, body: 'none' },
  regions: { source: regionSource, translation: regionTranslation, body: 'required' },
  cards: { source: cardSource, translation: cardTranslation, body: 'required' },
  quizzes: { source: quizSource, translation: quizTranslation, body: 'none' },
  objects: { source: objectSource, translation: objectTranslation, body: 'required' },
} as const satisfies Record<Collection, { source: z.ZodType; translation: z.ZodType; body: 'required' | 'none' }>;

export type TopicSource = z.infer<typeof topicSource>;
export type GlossarySource = z.infer<typeof glossarySource>;
export type RegionSource = z.infer<typeof regionSource>;
export type CardSource = z.infer<typeof cardSource>;
export type QuizSource = z.infer<typeof quizSource>;
export type ObjectSource = z.infer<typeof objectSource>;
