/**
 * `npm run i18n:status [-- <locale>…]`: what each locale has, lacks, and has out of date, with
 * the source hash a translator writes into `translation.from`. Read-only; always exits 0 unless
 * the library itself does not load.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary, isStale } from '../compiler/library.ts';
import { loadUiStrings } from '../compiler/ui-strings.ts';
import { COLLECTIONS } from '../compiler/schema.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../shared/locales.ts';
import config from '../../locales/locales.json' with { type: 'json' };

const root = path.resolve(process.env.ORE_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((code) => !LOCALE_CODES.includes(code));
if (unknown.length) {
  console.error(`Unknown locale(s): ${unknown.join(', ')}. Configured: ${LOCALE_CODES.join(', ')} (locales/locales.json).`);
  process.exit(1);
}
const locales = wanted.length ? wanted : LOCALE_CODES.filter((code) => code !== SOURCE_LOCALE);
const [library, ui] = await Promise.all([loadLibrary(root), loadUiStrings(root)]);
const percent = (part: number, whole: number) => (whole ? Math.floor((part / whole) * 100) : 100);

for (const locale of locales) {
  const lines: string[] = [];
  let total = 0;
  let done = 0;
  for (const collection of COLLECTIONS) {
    const sources = library.sources[collection];
    const translations = library.translations.get(locale)?.[collection];
    const missing: string[] = [];
    const stale: string[] = [];
    let machine = 0;
    for (const [slug] of sources) {
      const hash = library.hashes.get(`${collection}/${slug}`);
      const translation = translations?.get(slug);
      if (!translation) missing.push(`${slug} (from: "${hash}")`);
      else if (isStale(library, translation)) stale.push(`${slug} (was ${translation.from}, now ${hash})`);
      else if (translation.status === 'machine') machine++;
    }
    const current = sources.size - missing.length - stale.length;
    total += sources.size;
    done += current;
    lines.push(`  ${collection}: ${current}/${sources.size} current (${percent(current, sources.size)}%)${machine ? `, ${machine} machine-translated` : ''}`);
    if (stale.length) lines.push(`    stale: ${stale.join(', ')}`);
    if (missing.length && wanted.length) lines.push(`    missing: ${missing.join(', ')}`);
    else if (missing.length) lines.push(`    missing: ${missing.length} (run with -- ${locale} for the list)`);
  }
  const keys = ui.missing.get(locale) ?? [];
  const uiTotal = (ui.missing.get(locale)?.length ?? 0) + Object.keys(ui.strings.get(locale) ?? {}).length;
  console.log(`${locale}: content ${percent(done, total)}% current`);
  console.log(lines.join('\n'));
  const review = (config.locales as Record<string, { ui?: string }>)[locale]?.ui ?? 'machine';
  console.log(
    `  UI strings: ${keys.length ? `${keys.length} missing: ${keys.join(', ')}` : 'complete'}${uiTotal ? `, ${review}` : ` (no locales/${locale}/ui.json)`}`,
  );
}
for (const error of [...library.errors, ...ui.errors]) console.error(`error: ${error.toString()}`);
