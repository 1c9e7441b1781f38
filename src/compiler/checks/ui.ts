/**
 * Checks on translated UI strings that the loader in `ui-strings.ts` does not make: every plural
 * form the language needs and none it lacks, the same `{{placeholders}}` as the English string,
 * and no string silently left in English.
 *
 * A string may stay identical to English on purpose ("Material" in German): list its key in
 * `locales/<locale>/ui.unchanged.json` (`{"glossary.material": "the same word in German"}`), or,
 * for a string that is the same in every language, set `"same": true` in `locales/ui.notes.json`.
 * A string the kit only ever shows in English has `"sourceOnly": true` there: a translation of it
 * would never be read, so it is reported (a warning: a platform may write it back) and not built.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.ts';
import { loadUiNotes, type UiStrings } from '../ui-strings.ts';

export { loadUiNotes, type UiNote, type UiNotes } from '../ui-strings.ts';
import { SOURCE_LOCALE } from '../../shared/locales.ts';
import { isDevLocale } from '../dev-locales.ts';
import { PLURAL_SUFFIX, pluralForms, languageName, type PluralCategory } from './plurals.ts';
import { jsonLineOf } from './json-lines.ts';

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]));
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export async function checkUiStrings(root: string, ui: UiStrings): Promise<{ errors: ContentError[]; warnings: ContentError[] }> {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const source = ui.strings.get(SOURCE_LOCALE) ?? {};
  const notes = await loadUiNotes(root);
  const sourceName = languageName(SOURCE_LOCALE);

  // Base keys of the source, with their forms and placeholders.
  const plural = new Set<string>();
  const sourcePlaceholders = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(source)) {
    const base = baseKey(key);
    if (base !== key) plural.add(base);
    const set = sourcePlaceholders.get(base) ?? new Set<string>();
    placeholders(value).forEach((p) => set.add(p));
    sourcePlaceholders.set(base, set);
  }

  for (const [locale, flat] of ui.strings) {
    // A generated development locale has no file to check (src/compiler/dev-locales.ts).
    if (locale === SOURCE_LOCALE || isDevLocale(locale)) continue;
    const file = `locales/${locale}/ui.json`;
    const text = await readFile(path.join(root, file), 'utf8');
    const line = (key: string) => jsonLineOf(text, key);
    const unchangedFile = `locales/${locale}/ui.unchanged.json`;
    const unchanged = (await readJson<Record<string, string>>(path.join(root, unchangedFile))) ?? {};
    const forms = pluralForms(locale);
    const name = languageName(locale);

    for (const key of Object.keys(unchanged)) {
      if (!sourcePlaceholders.has(baseKey(key))) {
        warnings.push(new ContentError(unchangedFile, `is not a key of locales/${SOURCE_LOCALE}/ui.json any more; remove it from this list`, jsonLineOf(await readFile(path.join(root, unchangedFile), 'utf8'), key), key));
      }
    }

    // Plural forms: every form the language needs, none it does not have.
    const present = new Map<string, Set<string>>();
    for (const key of Object.keys(flat)) {
      const base = baseKey(key);
      if (base === key) continue;
      if (!plural.has(base)) {
        if (sourcePlaceholders.has(base)) {
          errors.push(new ContentError(file, `"${base}" is not a plural string in ${sourceName}; rename this key to ${base}`, line(key), key));
        }
        continue;
      }
      const category = PLURAL_SUFFIX.exec(key)![1] as PluralCategory;
      if (!forms.all.includes(category)) {
        errors.push(
          new ContentError(file, `${name} has no "${category}" plural form (it uses ${forms.all.join(', ')}); remove this key`, line(key), key),
        );
        continue;
      }
      (present.get(base) ?? present.set(base, new Set()).get(base)!).add(category);
    }
    for (const [base, categories] of present) {
      const sibling = [...categories].map((c) => `${base}_${c}`)[0];
      for (const category of forms.required) {
        if (categories.has(category)) continue;
        const examples = forms.examples[category];
        const used = examples ? ` (for ${examples.join(', ')}, …)` : ' (for everything the other forms do not cover)';
        errors.push(
          new ContentError(
            file,
            `is missing: ${name} needs this plural form${used}; copy ${sibling} and adapt it`,
            line(sibling),
            `${base}_${category}`,
          ),
        );
      }
    }

    for (const [key, value] of Object.entries(flat)) {
      const base = baseKey(key);
      const expected = sourcePlaceholders.get(base);
      if (!expected) continue; // reported by the loader
      if (ui.sourceOnly.has(base)) {
        warnings.push(
          new ContentError(
            file,
            `is never shown: the kit shows this string only in ${sourceName} (locales/ui.notes.json says "sourceOnly"); remove it from this file`,
            line(key),
            key,
          ),
        );
        continue;
      }
      const isPlural = plural.has(base);

      // Placeholders the English string has and the translation leaves out.
      const used = placeholders(value);
      for (const name of expected) {
        if (used.has(name)) continue;
        if (isPlural && name === (notes[base]?.plural ?? 'count')) {
          warnings.push(new ContentError(file, `leaves out {{${name}}}: fine if this form writes the number as a word, otherwise add it back`, line(key), key));
        } else {
          errors.push(new ContentError(file, `leaves out {{${name}}}, which the ${sourceName} string has; put it back where it belongs in your sentence`, line(key), key));
        }
      }

      // Left in English?
      const english = source[key] ?? (isPlural ? source[`${base}_other`] : undefined);
      if (english === undefined || value !== english || !hasWords(value)) continue;
      if (key in unchanged || base in unchanged || notes[base]?.same) continue;
      errors.push(
        new ContentError(
          file,
          `is the same as ${sourceName} (${JSON.stringify(value)}): translate it, or, if it really is the same in ${name}, add "${key}" to ${unchangedFile}`,
          line(key),
          key,
        ),
      );
    }
  }
  return { errors, warnings };
}

/** Adds the line in ui.json to problems the loader reports by key only (`locales/de/ui.json:12 card.x: …`). */
export async function withUiLines(root: string, problems: ContentError[]): Promise<ContentError[]> {
  const texts = new Map<string, string | undefined>();
  const out: ContentError[] = [];
  for (const problem of problems) {
    if (problem.line || !problem.field || !/^locales\/[^/]+\/ui\.json$/.test(problem.file)) {
      out.push(problem);
      continue;
    }
    if (!texts.has(problem.file)) texts.set(problem.file, await readFile(path.join(root, problem.file), 'utf8').catch(() => undefined));
    const text = texts.get(problem.file);
    out.push(new ContentError(problem.file, problem.message, text ? jsonLineOf(text, problem.field) : undefined, problem.field));
  }
  return out;
}
