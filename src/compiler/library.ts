/**
 * Reads and validates the content library: every markdown file of every locale, the
 * illustration set and the UI strings. Produces validated, merged entries per language, or the
 * full list of errors. Nothing here writes files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { COLLECTIONS, SCHEMAS, type Collection } from './schema.ts';
import { ContentError } from './errors.ts';
import { parseFrontMatter, type ParsedFile } from './frontmatter.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../shared/locales.ts';
import { activeDevLocales } from './dev-locales.ts';
import { pseudoContent, pseudoValue, type PseudoKind } from './pseudo.ts';

export interface Entry {
  collection: Collection;
  slug: string;
  lang: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  lineOf: ParsedFile['lineOf'];
}

export interface Translation extends Entry {
  status: 'machine' | 'reviewed';
  from: string;
  /** Who reviewed it, when `status` is `reviewed`. */
  reviewedBy?: string;
}

export interface Library {
  root: string;
  /** Source entries by collection and slug. */
  sources: Record<Collection, Map<string, Entry>>;
  /** Translations by locale, collection and slug; data already merged over the source. */
  translations: Map<string, Record<Collection, Map<string, Translation>>>;
  /** Hash of each source entry's translatable text, by `collection/slug`. */
  hashes: Map<string, string>;
  illustrations: Map<string, string>;
  errors: ContentError[];
  warnings: ContentError[];
  /** Markdown files parsed by this load (the others came from `LoadOptions.cache`). */
  parsed: number;
}

const emptyCollections = () =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as Record<Collection, Map<string, never>>;

const toPosix = (p: string) => p.split(path.sep).join('/');

async function listMarkdown(dir: string): Promise<string[]> {
  let dirents;
  try {
    dirents = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return dirents
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** How many markdown files the library has (a build decides from it how to share out the work). */
export async function countMarkdownFiles(root: string): Promise<number> {
  return (await listMarkdown(path.join(root, 'content'))).length;
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Keeps only the fields a translation may set, in schema order, so the hash ignores the rest. */
function translatable(value: unknown, schema: z.ZodType): unknown {
  if (schema instanceof z.ZodOptional) return translatable(value, schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (key === 'translation') continue;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = translatable(v, sub);
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => translatable(item, schema.element as z.ZodType));
  }
  return value;
}

export function sourceHash(collection: Collection, data: Record<string, unknown>, body: string): string {
  const text = JSON.stringify(translatable(data, SCHEMAS[collection].translation)) + '\n' + body.trim();
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Deep merge: objects by key, arrays by index; the translation wins. */
function merge(source: unknown, translation: unknown): unknown {
  if (Array.isArray(source) && Array.isArray(translation)) {
    return source.map((item, i) => (i < translation.length ? merge(item, translation[i]) : item));
  }
  if (source && translation && typeof source === 'object' && typeof translation === 'object') {
    const out: Record<string, unknown> = { ...(source as Record<string, unknown>) };
    for (const [key, value] of Object.entries(translation as Record<string, unknown>)) {
      out[key] = key in out ? merge(out[key], value) : value;
    }
    return out;
  }
  return translation === undefined ? source : translation;
}

/** Arrays in a translation must line up with the source's, item for item. */
function compareShapes(source: unknown, translation: unknown, at: PropertyKey[], report: (path: PropertyKey[], msg: string) => void) {
  if (Array.isArray(translation)) {
    const expected = Array.isArray(source) ? source.length : 0;
    if (translation.length !== expected) {
      report(at, `has ${translation.length} item${translation.length === 1 ? '' : 's'}, the source has ${expected}: keep the same items in the same order`);
      return;
    }
    translation.forEach((item, i) => compareShapes((source as unknown[])[i], item, [...at, i], report));
  } else if (translation && typeof translation === 'object') {
    if (!source || typeof source !== 'object') {
      report(at, 'is not in the source file; a translation can only translate what the source has');
      return;
    }
    for (const [key, value] of Object.entries(translation as Record<string, unknown>)) {
      if (key === 'translation' && at.length === 0) continue;
      compareShapes((source as Record<string, unknown>)[key], value, [...at, key], report);
    }
  }
}

const fieldName = (p: readonly PropertyKey[]) =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');

function zodErrors(
  error: z.ZodError,
  file: string,
  parsed: ParsedFile,
  isTranslation: boolean,
  sourceSchema: z.ZodType,
): ContentError[] {
  const out: ContentError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...issue.path, key];
        const inSource = isTranslation && hasPath(sourceSchema, at);
        out.push(
          new ContentError(
            file,
            inSource
              ? `is not translatable: a translation inherits it from the ${SOURCE_LOCALE} file, so remove it here`
              : 'is not a known field (check the spelling against CONTENT.md)',
            parsed.lineOf(at),
            fieldName(at),
          ),
        );
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    out.push(
      new ContentError(
        file,
        missing ? 'is required' : issue.message,
        parsed.lineOf(issue.path),
        issue.path.length ? fieldName(issue.path) : undefined,
      ),
    );
  }
  return out;
}

function hasPath(schema: z.ZodType, at: readonly PropertyKey[]): boolean {
  let current: z.ZodType | undefined = schema;
  for (const key of at) {
    while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodArray && typeof key === 'number') current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject && typeof key === 'string') current = (current.shape as Record<string, z.ZodType>)[key];
    else return false;
    if (!current) return false;
  }
  return true;
}

const SVG_FORBIDDEN: [RegExp, string][] = [
  [/<script/i, 'contains a <script>'],
  [/<foreignObject/i, 'contains a <foreignObject>'],
  [/\s(?:xlink:)?href\s*=/i, 'links to something (href)'],
  [/\son[a-z]+\s*=/i, 'has an event handler attribute'],
  [/url\(/i, 'loads something with url()'],
  [/<!ENTITY|<!DOCTYPE/i, 'has a DOCTYPE or entity'],
  [/<style/i, 'has a <style> element (use attributes with currentColor)'],
];

async function readIllustrations(root: string, errors: ContentError[]): Promise<Map<string, string>> {
  const dir = path.join(root, 'content', 'illustrations');
  const out = new Map<string, string>();
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.svg')).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const file = toPosix(path.join('content', 'illustrations', name));
    const svg = (await readFile(path.join(dir, name), 'utf8')).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trim();
    const problem = SVG_FORBIDDEN.find(([pattern]) => pattern.test(svg));
    if (!/^<svg[\s>]/.test(svg) || !svg.endsWith('</svg>')) errors.push(new ContentError(file, 'is not a single <svg> element'));
    else if (problem) errors.push(new ContentError(file, `${problem[1]}; illustrations must be self-contained line art`));
    else out.set(name.slice(0, -4), svg.replace(/\s+/g, ' ').replace(/>\s+</g, '><'));
  }
  return out;
}

export interface LoadOptions {
  /**
   * Read only these locales' translations (the source is always read): a compile worker that
   * builds some locales needs theirs and their fallbacks' only.
   */
  locales?: readonly string[];
  /** Files read before, kept by a long-lived caller (the dev server): unchanged ones are not parsed again. */
  cache?: ParseCache;
}

/** What reading one file gave, by its path: its text, and the entry or the problems found in it. */
export type ParseCache = Map<string, { text: string; entry?: Entry; parsed?: ParsedFile; errors: ContentError[]; warnings: ContentError[] }>;

/** Reads one markdown file into an entry, or the problems that keep it from being one. */
function parseEntry(collection: Collection, lang: string, slug: string, file: string, text: string): { entry?: Entry; parsed?: ParsedFile; errors: ContentError[]; warnings: ContentError[] } {
  const warnings: ContentError[] = [];
  let parsed: ParsedFile;
  try {
    parsed = parseFrontMatter(file, text);
  } catch (error) {
    if (error instanceof ContentError) return { errors: [error], warnings };
    throw error;
  }
  const isTranslation = lang !== SOURCE_LOCALE;
  const { source: sourceSchema, translation: translationSchema, body: bodyRule } = SCHEMAS[collection];
  const result = (isTranslation ? translationSchema : sourceSchema).safeParse(parsed.data);
  if (!result.success) {
    return { errors: zodErrors(result.error, file, parsed, isTranslation, sourceSchema), warnings };
  }
  const body = parsed.body.trim();
  if (bodyRule === 'required' && !body) {
    return { errors: [new ContentError(file, 'the body is empty: write the text below the closing `---`', parsed.bodyLine, 'body')], warnings };
  }
  if (bodyRule === 'none' && body) {
    warnings.push(new ContentError(file, 'has text after the front matter, which this collection does not use', parsed.bodyLine, 'body'));
  }
  const entry: Entry = {
    collection,
    slug,
    lang,
    file,
    data: result.data as Record<string, unknown>,
    body,
    bodyLine: parsed.bodyLine,
    lineOf: parsed.lineOf,
  };
  return { entry, parsed, errors: [], warnings };
}

/** Loads the whole library under `root` (the folder holding `content/`). */
export async function loadLibrary(root: string, options: LoadOptions = {}): Promise<Library> {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const sources = emptyCollections() as Record<Collection, Map<string, Entry>>;
  const translations: Library['translations'] = new Map();
  const hashes = new Map<string, string>();
  const pendingTranslations: { entry: Entry; parsed: ParsedFile }[] = [];
  let parsedCount = 0;

  const contentDir = path.join(root, 'content');
  for (const lang of await listDirs(contentDir)) {
    if (lang === 'illustrations') continue;
    if (!LOCALE_CODES.includes(lang)) {
      errors.push(new ContentError(`content/${lang}`, `is not a configured locale; add it to locales/locales.json (known: ${LOCALE_CODES.join(', ')})`));
      continue;
    }
    if (options.locales && lang !== SOURCE_LOCALE && !options.locales.includes(lang)) continue;
    for (const folder of await listDirs(path.join(contentDir, lang))) {
      if (!(COLLECTIONS as readonly string[]).includes(folder)) {
        errors.push(new ContentError(`content/${lang}/${folder}`, `is not a collection (known: ${COLLECTIONS.join(', ')})`));
      }
    }
    for (const collection of COLLECTIONS) {
      const seen = new Map<string, string>();
      const files = await listMarkdown(path.join(contentDir, lang, collection));
      // Read synchronously: for thousands of small files, a promise per file cost twice the reading.
      const texts = files.map((absolute) => readFileSync(absolute, 'utf8'));
      for (const [i, absolute] of files.entries()) {
        const file = toPosix(path.relative(root, absolute));
        const slug = path.basename(absolute, '.md');
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
          errors.push(new ContentError(file, 'file name must be a slug: lowercase letters, digits and single hyphens, ending in .md'));
          continue;
        }
        const duplicate = seen.get(slug);
        if (duplicate) {
          errors.push(new ContentError(file, `duplicate slug "${slug}": ${duplicate} has the same name`));
          continue;
        }
        seen.set(slug, file);

        const cached = options.cache?.get(absolute);
        const read = cached?.text === texts[i] ? cached : { text: texts[i], ...parseEntry(collection, lang, slug, file, texts[i]) };
        if (read !== cached) parsedCount++;
        options.cache?.set(absolute, read);
        errors.push(...read.errors);
        warnings.push(...read.warnings);
        const { entry, parsed } = read;
        if (!entry || !parsed) continue;
        const isTranslation = lang !== SOURCE_LOCALE;
        if (isTranslation) pendingTranslations.push({ entry, parsed });
        else {
          sources[collection].set(slug, entry);
          hashes.set(`${collection}/${slug}`, sourceHash(collection, entry.data, entry.body));
        }
      }
    }
  }

  for (const { entry, parsed } of pendingTranslations) {
    const source = sources[entry.collection].get(entry.slug);
    if (!source) {
      errors.push(new ContentError(entry.file, `has no source file: content/${SOURCE_LOCALE}/${entry.collection}/${entry.slug}.md does not exist`));
      continue;
    }
    const { translation: meta, ...text } = entry.data as { translation: { from: string; status: 'machine' | 'reviewed'; 'reviewed-by'?: string } };
    let aligned = true;
    compareShapes(source.data, text, [], (at, message) => {
      aligned = false;
      errors.push(new ContentError(entry.file, message, parsed.lineOf(at), fieldName(at)));
    });
    if (!aligned) continue;
    const merged: Translation = {
      ...entry,
      data: merge(source.data, text) as Record<string, unknown>,
      body: entry.body || source.body,
      status: meta.status,
      from: meta.from,
      ...(meta['reviewed-by'] ? { reviewedBy: meta['reviewed-by'] } : {}),
    };
    let byLocale = translations.get(entry.lang);
    if (!byLocale) translations.set(entry.lang, (byLocale = emptyCollections() as Record<Collection, Map<string, Translation>>));
    byLocale[entry.collection].set(entry.slug, merged);
  }

  for (const { code, pseudo } of activeDevLocales().filter((locale) => locale.content)) {
    translations.set(code, pseudoTranslations(sources, hashes, code, pseudo));
  }

  const illustrations = await readIllustrations(root, errors);
  return { root, sources, translations, hashes, illustrations, errors, warnings, parsed: parsedCount };
}

/**
 * A development locale's content (src/compiler/dev-locales.ts): every source entry with its
 * translatable fields and body pseudo-translated, current and reviewed, so no notice hides the
 * layout it is there to show.
 */
function pseudoTranslations(
  sources: Library['sources'],
  hashes: Library['hashes'],
  code: string,
  pseudo: PseudoKind,
): Record<Collection, Map<string, Translation>> {
  const byLocale = emptyCollections() as Record<Collection, Map<string, Translation>>;
  for (const collection of COLLECTIONS) {
    for (const source of sources[collection].values()) {
      const text = pseudoValue(translatable(source.data, SCHEMAS[collection].translation), pseudo);
      byLocale[collection].set(source.slug, {
        ...source,
        lang: code,
        file: `content/${code}/${collection}/${source.slug}.md (generated from ${source.file})`,
        data: merge(source.data, text) as Record<string, unknown>,
        body: pseudoContent(source.body, pseudo),
        status: 'reviewed',
        from: hashes.get(`${collection}/${source.slug}`)!,
      });
    }
  }
  return byLocale;
}

/** True when the translation was made from an older version of its source. */
export function isStale(library: Library, translation: Translation): boolean {
  return library.hashes.get(`${translation.collection}/${translation.slug}`) !== translation.from;
}
