/**
 * The translatable text fields of each collection, where each shows and how long it may be.
 * One table for the length checks in `npm run check`, the XLIFF export's notes and `maxwidth`,
 * and the word counts of `npm run i18n:status`. The zod schemas keep their own limits (card
 * titles, summaries, definitions); the limits here add what the schemas do not say.
 */
import { z } from 'zod';
import { SCHEMAS, SUMMARY_MAX, type Collection } from '../schema.ts';

export interface FieldInfo {
  /** Where the text shows, for translators. */
  where: string;
  /** Longest text allowed in a translation, in characters. */
  max?: number;
  /** Longest text allowed in the source, when stricter than `max`. */
  sourceMax?: number;
}

/** Field patterns: `figure.compare[].label` stands for every bar's label. */
export const FIELDS: Record<Collection, Record<string, FieldInfo>> = {
  topics: {
    title: { where: 'the topic heading, in menus and above its cards', max: 60 },
    summary: { where: 'one line under the topic heading', max: SUMMARY_MAX },
    'illustration.alt': { where: "the topic's picture, read aloud by screen readers" },
    body: { where: "the topic's introduction (markdown)" },
  },
  glossary: {
    term: { where: 'the term as it reads inside a sentence, in glossary links and the A–Z list', max: 60 },
    definition: { where: 'the definition in the glossary popover and the A–Z list', max: 400, sourceMax: 320 },
  },
  regions: {
    name: { where: "the region's name, in lists and as its heading", max: 60 },
    summary: { where: 'one line under the region name', max: SUMMARY_MAX },
    'illustration.alt': { where: "the region's picture, read aloud by screen readers" },
    body: { where: "the region's short text (markdown)" },
  },
  cards: {
    title: { where: "the card's heading, also the link text in decks and banners", max: 110, sourceMax: 90 },
    summary: { where: 'shown alone in banners and compact cards, so it must make sense on its own', max: SUMMARY_MAX },
    'figure.label': { where: 'what the headline number counts, printed right after the number', max: 160 },
    'figure.compare[].label': { where: 'the label of one bar of the chart', max: 60 },
    'illustration.alt': { where: "the card's picture, read aloud by screen readers" },
    body: { where: 'the card text (markdown), about 60–180 words' },
  },
  quizzes: {
    title: { where: 'the quiz heading', max: 90 },
    summary: { where: 'one line under the quiz heading', max: SUMMARY_MAX },
    'questions[].question': { where: 'one quiz question', max: 200 },
    'questions[].choices[]': { where: 'one answer button; keep the same order as the English choices', max: 120 },
    'questions[].explanation': { where: 'shown after the reader answers the question', max: 300 },
  },
  objects: {
    title: { where: "the object's name, the heading of the explorer and of its poster page", max: 60 },
    summary: { where: 'one line about the object, in lists and link previews', max: SUMMARY_MAX },
    'illustration.alt': { where: "the object's drawing, read aloud by screen readers" },
    'parts[].name': { where: 'the name of one part, on its button in the list of parts', max: 40 },
    'parts[].text': { where: 'what the raw materials do in the part: one or two sentences (markdown, keep the [[links]])', max: 320, sourceMax: 260 },
    'parts[].figure.label': { where: 'what the number about the part counts, printed right after the number', max: 160 },
    body: { where: "the object's short introduction (markdown)" },
  },
};

/** `questions[1].choices[0]` → `questions[].choices[]`. */
export const fieldPattern = (path: string) => path.replace(/\[\d+\]/g, '[]');

export type Path = (string | number)[];

/** `['questions', 1, 'choices', 0]` → `questions[1].choices[0]`. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');

/** Every translatable string of an entry's data (not the body), with its path, in schema order. */
export function textFields(collection: Collection, data: Record<string, unknown>): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  const walk = (value: unknown, schema: z.ZodType, at: Path) => {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (typeof value === 'string') out.push({ path: at, value });
    else if (schema instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, sub] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        if (key === 'translation' && at.length === 0) continue;
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) walk(v, sub, [...at, key]);
      }
    } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((item, i) => walk(item, schema.element as z.ZodType, [...at, i]));
    }
  };
  walk(data, SCHEMAS[collection].translation, []);
  return out;
}

/** The value at `path` in `data`, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
