/**
 * `npm run locale:add -- <code> [--fallback <code>,<code>]`: adds a language to the kit.
 * Validates the code (BCP 47), refuses one that exists, writes it into locales/locales.json with
 * its own name and writing direction, and scaffolds locales/<code>/ (an empty ui.json, a style
 * guide) and content/<code>/<collection>/. A new locale is valid at once: every string and every
 * item it lacks falls back to its fallbacks, then to the source locale. It starts as a draft
 * (`"draft": true`): shown and built like any other, but not yet held to `i18n:status --strict`.
 */
import { mkdir, readFile, readdir, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../compiler/schema.ts';
import { canonicalLocale, directionFor } from '../compiler/checks/locales.ts';
import { loadUiStrings } from '../compiler/ui-strings.ts';
import { uiBaseKey } from '../compiler/ui-meta.ts';

const root = path.resolve(process.env.ORE_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const args = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};

const fallbackAt = args.indexOf('--fallback');
const fallbackArg = fallbackAt >= 0 ? args[fallbackAt + 1] : undefined;
if (fallbackAt >= 0 && !fallbackArg) fail('--fallback needs a locale code, e.g. --fallback sv');
const positional = args.filter((a, i) => !a.startsWith('--') && !(fallbackAt >= 0 && i === fallbackAt + 1));
if (positional.length !== 1) fail('usage: npm run locale:add -- <code> [--fallback <code>]   e.g. npm run locale:add -- nl');
const requested = positional[0];

const code = canonicalLocale(requested) ?? fail(`"${requested}" is not a BCP 47 language code. Use a code like nl, pt-BR or sr-Latn.`);
if (code !== requested) console.log(`Using "${code}", the standard way to write "${requested}".`);

const configFile = path.join(root, 'locales', 'locales.json');
const config = JSON.parse(await readFile(configFile, 'utf8')) as { source: string; locales: Record<string, Record<string, unknown>> };
const existing = Object.keys(config.locales).find((c) => c.toLowerCase() === code.toLowerCase());
if (existing) fail(`"${existing}" is already in locales/locales.json. See what it still needs: npm run i18n:status -- ${existing}`);

const fallback = (fallbackArg ?? '').split(',').filter(Boolean);
for (const f of fallback) {
  if (!config.locales[f]) fail(`--fallback "${f}" is not a configured locale (known: ${Object.keys(config.locales).join(', ')})`);
}

let name = code;
try {
  name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
} catch {
  // keep the code
}
name = name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
const dir = directionFor(code);

config.locales[code] = { name, dir, ui: 'machine', draft: true, ...(fallback.length ? { fallback: fallback.filter((f) => f !== config.source) } : {}) };
if ((config.locales[code].fallback as string[] | undefined)?.length === 0) delete config.locales[code].fallback;
await writeFile(configFile, JSON.stringify(config, null, 2) + '\n');

const exists = (p: string) => access(p).then(() => true, () => false);
const created: string[] = ['locales/locales.json (added ' + code + ')'];
const write = async (relative: string, text: string) => {
  const absolute = path.join(root, relative);
  if (await exists(absolute)) return;
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFile(absolute, text);
  created.push(relative);
};
await write(`locales/${code}/ui.json`, '{}\n');
await write(
  `locales/${code}/style.md`,
  `# Style guide: ${name} (${code})\n\nWrite here how ore-kit speaks ${name}, so every translator does it the same way:\n\n` +
    `- Form of address (formal or informal "you"), and for whom (pupils from about 12 years up).\n` +
    `- How to write numbers, units and percentages (10 000 or 10.000? 22,3 % or 22.3%?).\n` +
    `- Terms that stay in English, and fixed translations of key terms (critical raw material, tailings, social licence to operate).\n` +
    `- Quotation marks, dashes, capitalisation of headings.\n`,
);
for (const collection of COLLECTIONS) await write(`content/${code}/${collection}/.gitkeep`, '');

// TRANSLATING.md lists every language's style guide.
const guide = path.join(root, 'TRANSLATING.md');
if (await exists(guide)) {
  const text = await readFile(guide, 'utf8');
  const line = `- ${name} (\`${code}\`): [locales/${code}/style.md](locales/${code}/style.md)`;
  if (/^## Style per language$/m.test(text) && !text.includes(`(locales/${code}/style.md)`)) {
    await writeFile(guide, text.replace(/\n*$/, '\n') + line + '\n');
    created.push('TRANSLATING.md (style guide line)');
  }
}

// What there is to translate, counted the way the status report counts it.
const ui = await loadUiStrings(root);
const uiKeys = new Set(Object.keys(ui.strings.get(config.source) ?? {}).map(uiBaseKey));
const strings = [...uiKeys].filter((key) => !ui.sourceOnly.has(key)).length;
const topics = (await readdir(path.join(root, 'content', config.source, 'topics')).catch(() => [])).filter((f) => f.endsWith('.md')).length;
const sourceName = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(config.source) ?? config.source;
  } catch {
    return config.source;
  }
})();
const commands: [string, string][] = [
  [`npm run i18n:status -- ${code}`, 'what to translate, with the hash to write into translation.from'],
  [`npm run i18n:export -- ${code}`, 'everything in one XLIFF file, for a CAT tool'],
  ['npm run check', 'checks your files'],
  ['npm start', `preview: open the gallery with ?lang=${code} (if it was already running, restart it to pick up ${name})`],
];
const width = Math.max(...commands.map(([command]) => command.length)) + 2;

console.log(`✓ ${name} (${code}) added: direction ${dir}, falls back to ${[...fallback, config.source].join(' → ')}.`);
console.log(`Created:\n${created.map((c) => `  ${c}`).join('\n')}`);
console.log(`
Translate first:
  1. the UI strings: locales/${code}/ui.json (${strings} short strings; locales/ui.notes.json says what each one is)
  2. the topics: content/${code}/topics/ (${topics} short files)
  3. the glossary terms the cards link to, then the cards, quizzes, regions and everyday objects

Every file you add is used at once; what is missing is shown in ${sourceName} until it is translated.
${commands.map(([command, what]) => `  ${command.padEnd(width)}${what}`).join('\n')}

${name} is marked "draft": true in locales/locales.json: npm run i18n:status -- --strict does not
fail because it is incomplete. Remove the mark when the language is ready to be held to that.
See TRANSLATING.md.`);
