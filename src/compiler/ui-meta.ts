/**
 * Staleness of UI strings. `locales/<locale>/ui.meta.json` records, for each key of the locale's
 * `ui.json`, the hash of the English text it was translated from (`from`) and of the translation
 * itself (`text`). Nobody edits it by hand and translation platforms never see it (their file
 * mask is `locales/*\/ui.json`): `npm run i18n:stamp` keeps it up to date.
 *
 * Stamping rule: a key whose translation is new or has changed since the last stamp was
 * translated from the English text of today, so it gets today's English hash; a key whose
 * translation has not changed keeps its old hash. When the English text changes later, the
 * hashes differ and the key is stale until its translation is updated (or `--accept`ed as
 * still right). Plural forms share one English hash: that of all the English forms together.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FlatStrings } from './ui-strings.ts';
import { PLURAL_SUFFIX } from './checks/plurals.ts';

export interface UiMetaEntry {
  /** Hash of the English text (all plural forms) the translation was made from. */
  from: string;
  /** Hash of the translation when it was stamped. */
  text: string;
}
export interface UiMeta {
  $comment?: string;
  keys: Record<string, UiMetaEntry>;
}

export const UI_META_COMMENT =
  'Written by `npm run i18n:stamp`; do not edit by hand. For each key of ui.json: `from` is the hash of the English text it was translated from, `text` the hash of the translation when it was stamped.';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
export const uiBaseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** The hash of each English base key's text (all its plural forms together). */
export function uiSourceHashes(source: FlatStrings): Map<string, string> {
  const forms = new Map<string, string[]>();
  for (const key of Object.keys(source).sort()) {
    const base = uiBaseKey(key);
    forms.set(base, [...(forms.get(base) ?? []), `${key}=${source[key]}`]);
  }
  return new Map([...forms].map(([base, list]) => [base, hash(list.join('\n'))]));
}

export const uiTextHash = (text: string) => hash(text);

export const uiMetaFile = (locale: string) => `locales/${locale}/ui.meta.json`;

export async function loadUiMeta(root: string, locale: string): Promise<UiMeta | undefined> {
  try {
    const json = JSON.parse(await readFile(path.join(root, uiMetaFile(locale)), 'utf8')) as UiMeta;
    return json && typeof json.keys === 'object' ? json : undefined;
  } catch {
    return undefined;
  }
}

/** The new meta for a locale's strings; `accept` lists keys (or base keys) whose old translation is still right. */
export function stampUi(
  previous: UiMeta | undefined,
  source: FlatStrings,
  strings: FlatStrings,
  accept: ReadonlySet<string> = new Set(),
): { meta: UiMeta; stamped: string[] } {
  const hashes = uiSourceHashes(source);
  const keys: Record<string, UiMetaEntry> = {};
  const stamped: string[] = [];
  for (const key of Object.keys(strings).sort()) {
    const from = hashes.get(uiBaseKey(key));
    if (!from) continue;
    const text = uiTextHash(strings[key]);
    const old = previous?.keys[key];
    if (old && old.text === text && !accept.has(key) && !accept.has(uiBaseKey(key))) keys[key] = old;
    else {
      keys[key] = { from, text };
      if (!old || old.from !== from || old.text !== text) stamped.push(key);
    }
  }
  return { meta: { $comment: UI_META_COMMENT, keys }, stamped };
}

/** One line per key, so a diff of the file shows which strings were stamped. */
export async function writeUiMeta(root: string, locale: string, meta: UiMeta): Promise<void> {
  const lines = Object.entries(meta.keys).map(([key, entry]) => `    ${JSON.stringify(key)}: ${JSON.stringify(entry)}`);
  const text = `{\n  "$comment": ${JSON.stringify(meta.$comment ?? UI_META_COMMENT)},\n  "keys": {\n${lines.join(',\n')}\n  }\n}\n`;
  await writeFile(path.join(root, uiMetaFile(locale)), text);
}

/** Every locale's stamps, for the status report. */
export async function loadAllUiMeta(root: string, locales: readonly string[]): Promise<Map<string, UiMeta | undefined>> {
  return new Map(await Promise.all(locales.map(async (l) => [l, await loadUiMeta(root, l)] as const)));
}

/** The review state of each locale's ui.json, from locales/locales.json (`ui`: machine | reviewed). */
export async function loadUiReview(root: string): Promise<Record<string, 'machine' | 'reviewed'>> {
  try {
    const config = JSON.parse(await readFile(path.join(root, 'locales', 'locales.json'), 'utf8')) as { locales: Record<string, { ui?: string }> };
    return Object.fromEntries(Object.entries(config.locales).map(([code, info]) => [code, info.ui === 'reviewed' ? 'reviewed' : 'machine']));
  } catch {
    return {};
  }
}
