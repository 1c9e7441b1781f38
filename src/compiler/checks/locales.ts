/**
 * Checks on `locales/locales.json`: every code a canonical BCP 47 tag, a known direction, and
 * fallback chains that name configured locales and never loop. Read from the file itself (not
 * the copy bundled into the code), so `npm run check` judges what is on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.ts';
import { jsonLineOf } from './json-lines.ts';

const FILE = 'locales/locales.json';

interface RawConfig {
  source?: unknown;
  locales?: Record<string, { name?: unknown; dir?: unknown; fallback?: unknown; ui?: unknown; draft?: unknown }>;
}

/** `ar` → rtl: from `Intl.Locale#getTextInfo()` / `textInfo` where the runtime has it, else a list. */
export function directionFor(code: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'].includes(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The canonical form of a BCP 47 tag (`PT-br` → `pt-BR`), or undefined when it is not one. */
export function canonicalLocale(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

/**
 * Locales marked `"draft": true`: languages `npm run locale:add` has just added, shown and built
 * like any other, but not yet held to `npm run i18n:status -- --strict` (until the mark is removed).
 * Read from the file on disk, and only in Node, so the mark costs the browser bundle nothing.
 */
export async function loadDraftLocales(root: string): Promise<Set<string>> {
  try {
    const config = JSON.parse(await readFile(path.join(root, FILE), 'utf8')) as RawConfig;
    return new Set(Object.entries(config.locales ?? {}).filter(([, info]) => info.draft === true).map(([code]) => code));
  } catch {
    return new Set();
  }
}

export async function checkLocaleConfig(root: string): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  let text: string;
  let config: RawConfig;
  try {
    text = await readFile(path.join(root, FILE), 'utf8');
    config = JSON.parse(text) as RawConfig;
  } catch (error) {
    return [new ContentError(FILE, `cannot be read as JSON: ${(error as Error).message}`)];
  }
  const locales = config.locales ?? {};
  const codes = Object.keys(locales);
  const at = (key: string, message: string) => errors.push(new ContentError(FILE, message, jsonLineOf(text, key), key));

  if (typeof config.source !== 'string' || !codes.includes(config.source)) at('source', `must be one of the configured locales (${codes.join(', ')})`);
  for (const [code, info] of Object.entries(locales)) {
    const canonical = canonicalLocale(code);
    if (!canonical) at(`locales.${code}`, `"${code}" is not a BCP 47 language code (like pt or pt-BR)`);
    else if (canonical !== code) at(`locales.${code}`, `write the code as "${canonical}", the canonical BCP 47 form`);
    if (typeof info.name !== 'string' || !info.name.trim()) at(`locales.${code}`, 'needs a "name": the language\'s name for itself, e.g. "Deutsch"');
    if (info.dir !== 'ltr' && info.dir !== 'rtl') at(`locales.${code}.dir`, 'must be "ltr" or "rtl"');
    if (info.ui !== undefined && info.ui !== 'machine' && info.ui !== 'reviewed') at(`locales.${code}.ui`, 'must be "machine" or "reviewed"');
    if (info.draft !== undefined && typeof info.draft !== 'boolean') at(`locales.${code}.draft`, 'must be true or false (true: a new language, not yet held to i18n:status --strict)');
    if (info.fallback === undefined) continue;
    if (!Array.isArray(info.fallback) || info.fallback.some((f) => typeof f !== 'string')) {
      at(`locales.${code}.fallback`, 'must be a list of locale codes, e.g. ["sv"]');
      continue;
    }
    for (const f of info.fallback as string[]) {
      if (!codes.includes(f)) at(`locales.${code}.fallback`, `"${f}" is not a configured locale (known: ${codes.join(', ')})`);
      else if (f === code) at(`locales.${code}.fallback`, `"${code}" cannot fall back to itself`);
    }
  }

  // Loops: follow every fallback; report each loop once, at the first locale of it in the file.
  const next = (code: string) => ((locales[code]?.fallback as string[] | undefined) ?? []).filter((f) => codes.includes(f) && f !== code);
  const reported = new Set<string>();
  for (const start of codes) {
    const stack: string[][] = [[start]];
    while (stack.length) {
      const chain = stack.pop()!;
      for (const f of next(chain[chain.length - 1])) {
        if (f === start) {
          const loop = [...chain, f];
          const key = [...new Set(chain)].sort().join(',');
          if (!reported.has(key)) {
            reported.add(key);
            at(`locales.${start}.fallback`, `the fallback chain loops: ${loop.join(' → ')}; remove one of these fallbacks`);
          }
        } else if (!chain.includes(f)) stack.push([...chain, f]);
      }
    }
  }
  return errors;
}
