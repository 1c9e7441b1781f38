/**
 * `npm run i18n:import -- <file.xliff> [--locale <code>]`: writes the XLIFF's translations into
 * content/<locale>/<collection>/<slug>.md (the locale is the file's target-language, or --locale). Only fields
 * whose translation changed are written; `translation.from` is set to the hash of the English
 * text the XLIFF was made from, `translation.status` stays what the file says (new files:
 * machine). Then run `npm run check`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from '../compiler/library.ts';
import { importXliff } from '../compiler/xliff.ts';

const root = path.resolve(process.env.ORE_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const args = process.argv.slice(2);
const localeAt = args.indexOf('--locale');
const locale = localeAt >= 0 ? args[localeAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && !(localeAt >= 0 && i === localeAt + 1));
if (!file) {
  console.error('usage: npm run i18n:import -- <file.xliff> [--locale <code>]   e.g. npm run i18n:import -- xliff/de.xliff');
  process.exit(2);
}
let xml: string;
try {
  xml = await readFile(path.resolve(file), 'utf8');
} catch {
  console.error(`✗ cannot read ${file}`);
  process.exit(2);
}
const library = await loadLibrary(root);
if (library.errors.length) {
  for (const error of library.errors) console.error(`error: ${error.toString()}`);
  console.error('✗ Fix these first (npm run check), then import again.');
  process.exit(1);
}
const report = await importXliff(root, library, xml, locale ? { locale } : {});
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
console.log(report.written.length ? `✓ ${report.locale}: wrote ${report.written.length} file(s):\n${report.written.map((f) => `  ${f}`).join('\n')}` : `${report.locale || file}: nothing changed.`);
if (report.written.length) console.log('Next: npm run check, then npm run i18n:status -- ' + report.locale);
