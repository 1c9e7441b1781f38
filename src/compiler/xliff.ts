/**
 * The XLIFF 1.2 exchange for content translations (`npm run i18n:export` / `i18n:import`).
 * XLIFF 1.2 because both Weblate ("XLIFF 1.2 translation file") and Crowdin import it, with notes,
 * `maxwidth`/`size-unit` length limits and `approved`; Weblate's XLIFF 2.0 support is still marked
 * as under development.
 *
 * One `<file>` per collection; one `<trans-unit>` per translatable field, id `<slug>#<field>`
 * (`world-e-waste-2022#figure.label`, `circular-economy#questions[0].choices[1]`, `…#body`).
 * Import writes the partial markdown files back through the yaml Document API, so untouched
 * fields keep their formatting, and sets `translation.from` to the hash of the English text the
 * XLIFF was made from.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, isPair, isScalar, parseDocument, Scalar, type YAMLMap } from 'yaml';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import type { XliffDocument, XliffUnit } from 'xliff';
import { COLLECTIONS, SCHEMAS, type Collection } from './schema.ts';
import type { Library } from './library.ts';
import { FIELDS, fieldName, fieldPattern, textFields, valueAt, type Path } from './checks/fields.ts';
import { languageName } from './checks/plurals.ts';
import { LOCALE_CODES, SOURCE_LOCALE, matchLocale } from '../shared/locales.ts';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

interface SplitFile {
  yaml: string;
  /** Everything after the closing `---` line, as written. */
  rest: string;
}

function split(raw: string): SplitFile | undefined {
  const text = raw.replace(/^\uFEFF/, '');
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const after = text.slice(opening[0].length);
  const closing = CLOSING.exec(after);
  if (!closing) return undefined;
  return { yaml: after.slice(0, closing.index), rest: after.slice(closing.index + closing[0].length) };
}

const bodyOf = (rest: string) => rest.replace(/^\r?\n/, '').trim();

/** `questions[0].choices[1]` → `['questions', 0, 'choices', 1]`. */
export function parseField(name: string): Path {
  const out: Path = [];
  for (const [, key, index] of name.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(index !== undefined ? Number(index) : key);
  return out;
}

const HASH_NOTE = /ore-kit source hash: ([0-9a-f]{12})/;

function noteFor(collection: Collection, field: string, hash: string, stale: boolean, hasNumber: boolean, max?: number): string {
  const info = FIELDS[collection][fieldPattern(field)];
  const parts = [`${collection} · ${field}: ${info?.where ?? 'text shown to readers'}.`];
  if (max) parts.push(`At most ${max} characters.`);
  if (field === 'body') {
    parts.push(
      'Markdown. [[slug|words]] is a glossary link: never change the slug before |, translate only the words after it; [[slug]] shows the glossary term as the glossary writes it, write [[slug|your words]] for another form (a plural, a case). Keep the same links as the English text.',
    );
  }
  if (hasNumber) parts.push("Keep every number's value; write it your language's way (22,3 or 22.3; 10 000 or 10.000).");
  if (stale) parts.push('The English text has changed since the current translation was made: check the target against the new source.');
  parts.push(`ore-kit source hash: ${hash}`);
  return parts.join(' ');
}

/** Own (not inherited) data and body of a translation file, or undefined when there is none. */
async function ownTranslation(root: string, file: string): Promise<{ data: Record<string, unknown>; body: string; raw: string } | undefined> {
  let raw: string;
  try {
    raw = await readFile(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const parts = split(raw);
  if (!parts) return undefined;
  const data = (parseDocument(parts.yaml).toJS() ?? {}) as Record<string, unknown>;
  return { data, body: bodyOf(parts.rest), raw };
}

/** The XLIFF for `locale`: every translatable field of every item, the translation as target where there is one. */
export async function exportXliff(library: Library, locale: string): Promise<string> {
  const isSource = locale === SOURCE_LOCALE;
  const doc: XliffDocument = { sourceLanguage: SOURCE_LOCALE, ...(isSource ? {} : { targetLanguage: locale }), resources: {} };
  for (const collection of COLLECTIONS) {
    const units: Record<string, XliffUnit> = {};
    for (const slug of [...library.sources[collection].keys()].sort()) {
      const source = library.sources[collection].get(slug)!;
      const hash = library.hashes.get(`${collection}/${slug}`)!;
      const translation = isSource ? undefined : library.translations.get(locale)?.[collection].get(slug);
      const own = translation ? await ownTranslation(library.root, translation.file) : undefined;
      const stale = !!translation && translation.from !== hash;
      const approved = translation?.status === 'reviewed' && !stale;
      const fields = textFields(collection, source.data).map(({ path: p, value }) => ({ name: fieldName(p), value, target: valueAt(own?.data, p) }));
      if (source.body) fields.push({ name: 'body', value: source.body, target: own?.body || undefined });
      for (const { name, value, target } of fields) {
        const max = FIELDS[collection][fieldPattern(name)]?.max;
        const attributes: Record<string, string> = {};
        if (max) Object.assign(attributes, { maxwidth: String(max), 'size-unit': 'char' });
        if (name === 'body') attributes['xml:space'] = 'preserve';
        if (approved && typeof target === 'string') attributes.approved = 'yes';
        units[`${slug}#${name}`] = {
          source: value,
          ...(typeof target === 'string' ? { target } : {}),
          note: noteFor(collection, name, hash, stale, /\d/.test(value), max),
          ...(Object.keys(attributes).length ? { additionalAttributes: attributes } : {}),
        };
      }
    }
    doc.resources[collection] = units;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await jsToXliff12(doc, { indent: '  ' })}`;
}

export interface ImportReport {
  locale: string;
  /** Files written, relative to the root. */
  written: string[];
  /** Problems a translator should look at; nothing was written for the items they name unless said so. */
  warnings: string[];
}

/**
 * Writes the value at `at` of `data` into the YAML document, keeping the node (and its quoting)
 * where it exists. Where a parent is missing, the nearest missing ancestor gets its whole subtree
 * from `data`; a new top-level key goes before `translation`.
 */
function setField(doc: Document, at: Path, data: Record<string, unknown>) {
  const value = valueAt(data, at);
  const node = doc.getIn(at, true);
  if (isScalar(node) && typeof value === 'string') {
    if (node.value !== value) node.value = value;
    return;
  }
  for (let depth = 1; depth <= at.length; depth++) {
    const prefix = at.slice(0, depth);
    if (doc.hasIn(prefix)) continue;
    const created = doc.createNode(valueAt(data, prefix));
    if (depth === 1 && isMap(doc.contents)) {
      const map = doc.contents as YAMLMap;
      const index = map.items.findIndex((p) => isPair(p) && isScalar(p.key) && p.key.value === 'translation');
      const pair = doc.createPair(at[0], created);
      if (index >= 0) map.items.splice(index, 0, pair);
      else map.items.push(pair);
    } else doc.setIn(prefix, created);
    return;
  }
  doc.setIn(at, value);
}

/** Sets `value` at `at` in a plain object, creating objects and arrays on the way. */
function assign(data: Record<string, unknown>, at: Path, value: unknown) {
  let current: Record<string | number, unknown> = data;
  at.forEach((key, i) => {
    if (i === at.length - 1) current[key] = value;
    else {
      current[key] ??= typeof at[i + 1] === 'number' ? [] : {};
      current = current[key] as Record<string | number, unknown>;
    }
  });
}

/** Arrays of a translation must have as many items as the source's, in the same order. */
function shapeProblems(source: unknown, translation: unknown, at: Path, out: string[]) {
  if (Array.isArray(translation)) {
    const expected = Array.isArray(source) ? source.length : 0;
    const present = translation.filter((item) => item !== undefined).length;
    if (present !== expected) out.push(`${fieldName(at)}: ${present} of ${expected} items have a translation; translate all of them`);
    translation.forEach((item, i) => shapeProblems((source as unknown[] | undefined)?.[i], item, [...at, i], out));
  } else if (translation && typeof translation === 'object') {
    for (const [key, value] of Object.entries(translation)) if (key !== 'translation') shapeProblems((source as Record<string, unknown> | undefined)?.[key], value, [...at, key], out);
  }
}

/** Reads an XLIFF file of one locale back into the content files. */
export async function importXliff(root: string, library: Library, xml: string, options: { locale?: string } = {}): Promise<ImportReport> {
  const doc = await xliff12ToJs(xml);
  // Platforms may write a regional tag (de-DE) for a kit locale (de).
  const locale = options.locale ?? matchLocale(doc.targetLanguage) ?? doc.targetLanguage ?? '';
  const report: ImportReport = { locale, written: [], warnings: [] };
  if (!LOCALE_CODES.includes(locale) || locale === SOURCE_LOCALE) {
    report.warnings.push(`the XLIFF's target-language is "${doc.targetLanguage ?? ''}", not a translated locale of locales/locales.json; nothing was imported (give the locale with --locale <code>)`);
    return report;
  }
  const english = languageName(SOURCE_LOCALE);

  for (const [collection, units] of Object.entries(doc.resources)) {
    if (!(COLLECTIONS as readonly string[]).includes(collection)) {
      report.warnings.push(`<file original="${collection}"> is not a collection; skipped`);
      continue;
    }
    const c = collection as Collection;
    const bySlug = new Map<string, [string, XliffUnit][]>();
    for (const [id, unit] of Object.entries(units)) {
      const [slug, field] = id.split('#');
      if (!field) continue;
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), [field, unit]]);
    }
    for (const [slug, list] of bySlug) {
      const source = library.sources[c].get(slug);
      const file = `content/${locale}/${c}/${slug}.md`;
      if (!source) {
        report.warnings.push(`${file}: content/${SOURCE_LOCALE}/${c}/${slug}.md does not exist any more; skipped`);
        continue;
      }
      const own = await ownTranslation(root, file);
      const ownData = own?.data ?? {};
      const changes: { at: Path | 'body'; value: string }[] = [];
      let fresh = true;
      let noteHash: string | undefined;
      for (const [field, unit] of list) {
        const current = field === 'body' ? source.body : valueAt(source.data, parseField(field));
        if (typeof unit.source === 'string' && unit.source.trim() !== String(current ?? '').trim()) fresh = false;
        const note = Array.isArray(unit.note) ? unit.note.join(' ') : unit.note;
        noteHash ??= note && HASH_NOTE.exec(note)?.[1];
        const target = typeof unit.target === 'string' ? unit.target : undefined;
        if (!target?.trim()) continue;
        const mine = field === 'body' ? own?.body : valueAt(ownData, parseField(field));
        if (target.trim() === String(mine ?? '').trim()) continue;
        changes.push({ at: field === 'body' ? 'body' : parseField(field), value: field === 'body' ? target.trim() : target });
      }
      if (changes.length === 0) continue;

      const hash = library.hashes.get(`${c}/${slug}`)!;
      let from = hash;
      if (!fresh) {
        const kept = (ownData.translation as { from?: string } | undefined)?.from ?? noteHash;
        if (!kept) {
          report.warnings.push(`${file}: the ${english} text has changed since this XLIFF was exported and it does not say from which text it was made; export again and translate the new text (skipped)`);
          continue;
        }
        from = kept;
        report.warnings.push(`${file}: the ${english} text has changed since this XLIFF was exported; imported, and it stays stale until updated (npm run i18n:status -- ${locale})`);
      }

      // The file as it will be, checked like \`npm run check\` would before anything is written.
      const fieldChanges = changes.filter((ch): ch is { at: Path; value: string } => ch.at !== 'body');
      const next = structuredClone(ownData);
      for (const { at, value } of fieldChanges) assign(next, at, value);
      const status = (ownData.translation as { status?: string } | undefined)?.status ?? 'machine';
      next.translation = { ...(ownData.translation as object | undefined), from, status };
      const problems: string[] = [];
      const result = SCHEMAS[c].translation.safeParse(next);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
          problems.push(`${fieldName(issue.path as Path)}: ${missing ? 'has no target in the XLIFF' : issue.message}`);
        }
      }
      shapeProblems(source.data, next, [], problems);
      const body = changes.find((ch) => ch.at === 'body')?.value ?? own?.body ?? '';
      if (SCHEMAS[c].body === 'required' && !body) problems.push('body: has no target in the XLIFF');
      if (problems.length) {
        report.warnings.push(`${file}: not ${own ? 'updated' : 'created'}, translate these too: ${[...new Set(problems)].join('; ')}`);
        continue;
      }

      const parts = own ? split(own.raw) : undefined;
      const yamlDoc = parts ? parseDocument(parts.yaml) : new Document({});
      // Fields in the order of the source, so a new file reads like the English one.
      const order = textFields(c, source.data).map((f) => fieldName(f.path));
      fieldChanges.sort((a, b) => order.indexOf(fieldName(a.at)) - order.indexOf(fieldName(b.at)));
      for (const { at } of fieldChanges) setField(yamlDoc, at, next);

      const fromNode = new Scalar(from);
      fromNode.type = Scalar.QUOTE_DOUBLE;
      const previousFrom = yamlDoc.getIn(['translation', 'from']);
      if (previousFrom !== from) yamlDoc.setIn(['translation', 'from'], fromNode);
      if (!yamlDoc.hasIn(['translation', 'status'])) yamlDoc.setIn(['translation', 'status'], status);

      const bodyChange = changes.find((ch) => ch.at === 'body');
      const yamlText = yamlDoc.toString({ lineWidth: 0 });
      const rest = bodyChange ? `\n${bodyChange.value}\n` : (parts?.rest ?? '\n');
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), `---\n${yamlText}---${rest}`);
      report.written.push(file);
    }
  }
  return report;
}

