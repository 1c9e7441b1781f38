/**
 * `npm run i18n:stamp [-- <locale>…] [--accept <key>,<key>]`: records in
 * `locales/<locale>/ui.meta.json` which English text each UI string was translated from.
 * Run it after merging translated ui.json files (from a translator, Weblate or Crowdin): new or
 * changed translations get today's English hash, unchanged ones keep theirs, so a string whose
 * English text changed later shows as stale in `npm run i18n:status`. `--accept` marks keys
 * whose translation is still right after an English change.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadUiStrings } from '../compiler/ui-strings.ts';
import { loadUiMeta, stampUi, writeUiMeta, uiMetaFile } from '../compiler/ui-meta.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../shared/locales.ts';

const root = path.resolve(process.env.ORE_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const args = process.argv.slice(2);
const acceptAt = args.indexOf('--accept');
const accept = new Set(acceptAt >= 0 ? (args[acceptAt + 1] ?? '').split(',').filter(Boolean) : []);
const wanted = args.filter((a, i) => !a.startsWith('--') && !(acceptAt >= 0 && i === acceptAt + 1));
const unknown = wanted.filter((code) => !LOCALE_CODES.includes(code) || code === SOURCE_LOCALE);
if (unknown.length) {
  console.error(`Not a translated locale: ${unknown.join(', ')} (locales/locales.json has ${LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE).join(', ')}).`);
  process.exit(2);
}
const ui = await loadUiStrings(root);
const source = ui.strings.get(SOURCE_LOCALE) ?? {};
for (const locale of wanted.length ? wanted : LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE)) {
  const strings = ui.strings.get(locale);
  if (!strings) continue;
  const { meta, stamped } = stampUi(await loadUiMeta(root, locale), source, strings, accept);
  await writeUiMeta(root, locale, meta);
  console.log(`${uiMetaFile(locale)}: ${stamped.length ? `stamped ${stamped.length} key(s): ${stamped.join(', ')}` : 'up to date'}`);
}
