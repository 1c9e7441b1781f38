/**
 * `npm run i18n:export -- <locale> [--out <file>]`: every translatable field of every collection
 * as one XLIFF 1.2 file (default `xliff/<locale>.xliff`): English as source, the current
 * translation as target, a note per unit (where it shows, its length limit, how glossary links
 * work). `npm run i18n:export -- en` writes the source-only file a platform such as Crowdin
 * takes as its source. Translate it in a CAT tool or platform, then `npm run i18n:import`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from '../compiler/library.ts';
import { exportXliff } from '../compiler/xliff.ts';
import { LOCALE_CODES } from '../shared/locales.ts';

const root = path.resolve(process.env.ORE_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const locale = args.find((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
if (!locale || !LOCALE_CODES.includes(locale)) {
  console.error(`usage: npm run i18n:export -- <locale> [--out <file>]; locales: ${LOCALE_CODES.join(', ')} (locales/locales.json)`);
  process.exit(2);
}
const library = await loadLibrary(root);
if (library.errors.length) {
  for (const error of library.errors) console.error(`error: ${error.toString()}`);
  console.error('✗ Fix these first (npm run check), then export again.');
  process.exit(1);
}
const out = path.resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : path.join(root, 'xliff', `${locale}.xliff`));
await mkdir(path.dirname(out), { recursive: true });
const xml = await exportXliff(library, locale);
await writeFile(out, xml + '\n');
const units = (xml.match(/<trans-unit /g) ?? []).length;
const targets = (xml.match(/<target>/g) ?? []).length;
console.log(`✓ ${path.relative(process.cwd(), out)}: ${units} units, ${targets} with a ${locale} translation. Import it with: npm run i18n:import -- ${path.relative(process.cwd(), out)}`);
