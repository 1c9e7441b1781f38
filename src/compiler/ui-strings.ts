/**
 * UI strings: `locales/<locale>/ui.json`, i18next JSON v4. Checks what a translator can get
 * wrong (broken JSON, unknown keys, placeholders that do not exist in the source) and reports
 * what is missing, so `npm run check` and `npm run i18n:status` tell the same story.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './errors.ts';
import { LOCALE_CODES, SOURCE_LOCALE, fallbackChain } from '../shared/locales.ts';
import { activeDevLocales, isDevLocale } from './dev-locales.ts';
import { pseudoStrings } from './pseudo.ts';

export type FlatStrings = Record<string, string>;

/** What a UI string is, from `locales/ui.notes.json` (keyed by base key, without plural suffixes). */
export interface UiNote {
  /** What the string is and where it shows. */
  note: string;
  /** Each placeholder and what it is replaced with. */
  placeholders?: Record<string, string>;
  /** The variable that chooses the plural form, for plural strings. */
  plural?: string;
  /** The string is usually identical in every language (a product name). */
  same?: boolean;
  /**
   * The kit only ever shows the string in the source language (a message about a language it
   * does not have is shown in English), so there is nothing to translate.
   */
  sourceOnly?: boolean;
  /** Longest a translation should be, in characters. */
  maxLength?: number;
}
export type UiNotes = Record<string, UiNote>;

export async function loadUiNotes(root: string): Promise<UiNotes> {
  try {
    return JSON.parse(await readFile(path.join(root, 'locales', 'ui.notes.json'), 'utf8')) as UiNotes;
  } catch {
    return {};
  }
}

export interface UiStrings {
  /** Flattened strings by locale (`card.sources` → text); locales without a file are absent. */
  strings: Map<string, FlatStrings>;
  /** Keys of the source locale a locale does not have (plural forms counted by their base key). */
  missing: Map<string, string[]>;
  /**
   * Base keys only ever shown in the source language (`sourceOnly` in locales/ui.notes.json):
   * never missing from a locale, and a translation of one is never shown.
   */
  sourceOnly: Set<string>;
  errors: ContentError[];
  warnings: ContentError[];
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]));

function flatten(value: unknown, prefix: string, out: FlatStrings, file: string, errors: ContentError[]) {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out, file, errors);
  } else errors.push(new ContentError(file, 'must be a string or a group of strings', undefined, prefix));
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

export async function loadUiStrings(root: string): Promise<UiStrings> {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const strings = new Map<string, FlatStrings>();
  const dir = path.join(root, 'locales');

  const folders = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const folder of folders) {
    if (!LOCALE_CODES.includes(folder)) {
      errors.push(new ContentError(`locales/${folder}`, 'is not a configured locale; add it to locales/locales.json'));
    }
  }

  for (const locale of LOCALE_CODES) {
    if (isDevLocale(locale)) continue;
    const file = `locales/${locale}/ui.json`;
    let text: string;
    try {
      text = await readFile(path.join(root, file), 'utf8');
    } catch {
      if (locale === SOURCE_LOCALE) errors.push(new ContentError(file, 'is missing: the source locale needs every UI string'));
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String(error));
      errors.push(
        new ContentError(file, `is not valid JSON: ${(error as Error).message}`, position ? lineOfOffset(text, Number(position[1])) : undefined),
      );
      continue;
    }
    const flat: FlatStrings = {};
    flatten(json, '', flat, file, errors);
    strings.set(locale, flat);
  }

  const notes = await loadUiNotes(root);
  const sourceOnly = new Set(Object.keys(notes).filter((key) => notes[key]?.sourceOnly === true));
  const source = strings.get(SOURCE_LOCALE) ?? {};
  // A development locale (src/compiler/dev-locales.ts) is generated from English, never read from a file.
  for (const { code, pseudo } of activeDevLocales()) strings.set(code, pseudoStrings(source, pseudo));
  const sourceBases = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(source)) {
    const base = baseKey(key);
    const set = sourceBases.get(base) ?? new Set<string>();
    placeholders(value).forEach((p) => set.add(p));
    sourceBases.set(base, set);
  }

  const missing = new Map<string, string[]>();
  for (const [locale, flat] of strings) {
    if (locale === SOURCE_LOCALE) continue;
    const file = `locales/${locale}/ui.json`;
    for (const [key, value] of Object.entries(flat)) {
      const allowed = sourceBases.get(baseKey(key));
      if (!allowed) {
        errors.push(new ContentError(file, `is not a key of locales/${SOURCE_LOCALE}/ui.json (renamed or misspelt?)`, undefined, key));
        continue;
      }
      for (const name of placeholders(value)) {
        if (!allowed.has(name)) {
          errors.push(new ContentError(file, `uses {{${name}}}, which the source string does not provide`, undefined, key));
        }
      }
      if (!value.trim()) warnings.push(new ContentError(file, 'is empty and will show nothing', undefined, key));
    }
    const bases = new Set(Object.keys(flat).map(baseKey));
    missing.set(locale, [...sourceBases.keys()].filter((base) => !bases.has(base) && !sourceOnly.has(base)));
  }
  const toTranslate = [...sourceBases.keys()].filter((base) => !sourceOnly.has(base));
  for (const locale of LOCALE_CODES) if (!strings.has(locale) && locale !== SOURCE_LOCALE) missing.set(locale, toTranslate);

  return { strings, missing, sourceOnly, errors, warnings };
}

/** A translator-facing lookup for build-time pages: the locale's string, else its fallbacks'. */
export function translator(ui: UiStrings, locale: string) {
  const chain = fallbackChain(locale);
  return (key: string, vars: Record<string, string> = {}): string => {
    for (const code of chain) {
      const value = ui.strings.get(code)?.[key];
      if (value) return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => vars[name] ?? '');
    }
    return key;
  };
}
