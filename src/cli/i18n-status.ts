/**
 * `npm run i18n:status [-- <locale>…] [--json] [--strict]`: for each locale, items and words
 * per collection (reviewed, machine, stale, missing), UI strings, and the glossary terms its
 * translated cards link to without a translation. With a locale: one line per stale or missing
 * item with the hash to write into `translation.from`, and for stale items what changed in the
 * English text since (from git history). `--json` prints the report for tools; `--strict` exits 1
 * when a reported locale is incomplete or stale: every locale named, or with none named every
 * locale but those still marked `"draft": true` in locales/locales.json (a language just added).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from '../compiler/library.ts';
import { loadUiStrings } from '../compiler/ui-strings.ts';
import { loadAllUiMeta, loadUiReview } from '../compiler/ui-meta.ts';
import { loadDraftLocales } from '../compiler/checks/locales.ts';
import { computeStatus, type Count, type LocaleStatus } from '../compiler/status.ts';
import { gitAvailable, sourceAt, sourceDiff } from '../compiler/history.ts';
import { COLLECTIONS } from '../compiler/schema.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../shared/locales.ts';

// `npm run i18n:status | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const root = path.resolve(process.env.ORE_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const args = process.argv.slice(2);
const json = args.includes('--json');
const strict = args.includes('--strict');
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--strict');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((code) => !LOCALE_CODES.includes(code) || code === SOURCE_LOCALE);
if (unknownFlags.length || unknown.length) {
  if (unknownFlags.length) console.error(`Unknown option(s): ${unknownFlags.join(', ')}. Use --json and/or --strict.`);
  if (unknown.length) console.error(`Not a translated locale: ${unknown.join(', ')}. Configured in locales/locales.json: ${LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE).join(', ')}.`);
  process.exit(2);
}
const locales = wanted.length ? wanted : LOCALE_CODES.filter((code) => code !== SOURCE_LOCALE);
// The report of a locale reads its own translations only: `i18n:status -- it` need not parse the other eight.
const [library, ui] = await Promise.all([loadLibrary(root, { locales }), loadUiStrings(root)]);
const [uiMeta, uiReview, drafts] = await Promise.all([loadAllUiMeta(root, locales), loadUiReview(root), loadDraftLocales(root)]);
const status = computeStatus({ library, ui, uiMeta, uiReview, locales, drafts });

// What changed in the English text of each stale item, when git can tell.
const git = await gitAvailable(root);
const diffs = new Map<string, string[] | string>();
if (wanted.length) {
  for (const locale of status.locales) {
    for (const collection of COLLECTIONS) {
      for (const item of locale.collections[collection].items) {
        if (item.state !== 'stale' || !item.from) continue;
        const key = `${locale.code}/${collection}/${item.slug}`;
        const sourceFile = `content/${SOURCE_LOCALE}/${collection}/${item.slug}.md`;
        if (!git) {
          diffs.set(key, 'git is not available here, so the old English text cannot be shown; compare by hand');
          continue;
        }
        const old = await sourceAt(root, sourceFile, collection, item.from);
        const now = library.sources[collection].get(item.slug)!;
        diffs.set(key, old ? sourceDiff(collection, old, now) : `no commit of ${sourceFile} has the hash ${item.from}; compare by hand`);
      }
    }
  }
}

if (json) {
  const withDiffs = {
    ...status,
    locales: status.locales.map((l) => ({
      ...l,
      collections: Object.fromEntries(
        COLLECTIONS.map((c) => [c, { ...l.collections[c], items: l.collections[c].items.map((i) => ({ ...i, ...(diffs.has(`${l.code}/${c}/${i.slug}`) ? { diff: diffs.get(`${l.code}/${c}/${i.slug}`) } : {}) })) }]),
      ),
    })),
  };
  console.log(JSON.stringify(withDiffs, null, 2));
} else {
  for (const locale of status.locales) print(locale);
}

for (const error of [...library.errors, ...ui.errors]) console.error(`error: ${error.toString()}`);
if (strict) {
  // A language just added is built up file by file: it is held to --strict once named, or once its draft mark is gone.
  const spared = wanted.length ? [] : status.locales.filter((l) => l.draft && !l.complete);
  if (spared.length) {
    console.error(`--strict: ${spared.map((l) => l.code).join(', ')} not held to it: marked "draft" in locales/locales.json (remove the mark when the language is ready to be shipped complete)`);
  }
  const incomplete = status.locales.filter((l) => !l.complete && !spared.includes(l));
  if (incomplete.length) {
    console.error(`\n✗ --strict: ${incomplete.map((l) => l.code).join(', ')} ${incomplete.length === 1 ? 'is' : 'are'} incomplete or stale.`);
    process.exit(1);
  }
}

/** A share rounded down, but never 0% once something is done (0.8%, <0.1%) nor 100% while something is left (99.9%). */
function percent(part: number, whole: number): string {
  if (!whole || part >= whole) return '100%';
  const share = Math.floor((part / whole) * 1000) / 10;
  if (part > 0 && share === 0) return '<0.1%';
  return `${share < 1 || share >= 99 ? share.toFixed(1).replace(/\.0$/, '') : Math.floor(share)}%`;
}

function print(locale: LocaleStatus) {
  const { content } = locale;
  const current = content.reviewed.words + content.machine.words;
  console.log(
    `\n${locale.code} (${locale.name}): ${locale.progress.replace('-', ' ')}, ${percent(current, content.total.words)} of ${content.total.words} words translated and current ` +
      `(${percent(content.reviewed.words, content.total.words)} reviewed), ${content.stale.items} stale, ${content.missing.items} missing` +
      (locale.linkedTerms.length ? `, ${locale.linkedTerms.length} linked glossary term(s) untranslated` : '') +
      (locale.draft ? '; a draft (locales/locales.json), not held to --strict' : '') +
      (locale.complete ? ' ✓' : ''),
  );
  const cell = (c: Count) => `${c.items} · ${c.words}w`;
  const header = ['', 'reviewed', 'machine', 'stale', 'missing', 'total'];
  const rows = COLLECTIONS.map((c) => {
    const s = locale.collections[c];
    return [c, cell(s.reviewed), cell(s.machine), cell(s.stale), cell(s.missing), cell(s.total)];
  });
  rows.push(['all', cell(content.reviewed), cell(content.machine), cell(content.stale), cell(content.missing), cell(content.total)]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => '  ' + r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  const u = locale.ui;
  console.log(
    `  UI strings (${u.file}, ${u.status}): ${u.current}/${u.total} current, ${u.stale} stale, ${u.missing} missing` +
      (u.unstamped ? `; ${u.unstamped} not stamped yet (npm run i18n:stamp)` : '') +
      (u.unused.length ? `; ${u.unused.length} never shown (remove)` : ''),
  );

  if (!wanted.length) {
    const todo = content.stale.items + content.missing.items + u.stale + u.missing + locale.linkedTerms.length;
    if (todo) console.log(`  run \`npm run i18n:status -- ${locale.code}\` for the list, one item per line`);
    return;
  }
  const stale = COLLECTIONS.flatMap((c) => locale.collections[c].items.filter((i) => i.state === 'stale').map((i) => ({ ...i, collection: c })));
  if (stale.length) {
    console.log(`  stale: the English text changed; update the translation, then write the new hash into translation.from`);
    for (const item of stale) {
      console.log(`    ${item.file}  from: "${item.from}" → from: "${item.hash}"  (${item.status})`);
      const diff = diffs.get(`${locale.code}/${item.collection}/${item.slug}`);
      if (typeof diff === 'string') console.log(`        ${diff}`);
      else for (const d of (diff ?? []).slice(0, 8)) console.log(`        ${d.length > 150 ? d.slice(0, 149) + '…' : d}`);
      if (Array.isArray(diff) && diff.length > 8) console.log(`        … ${diff.length - 8} more changes`);
    }
  }
  if (locale.linkedTerms.length) {
    console.log(`  glossary terms your translated cards link to, not yet translated (translate these first):`);
    for (const t of locale.linkedTerms) console.log(`    ${t.file}  from: "${t.hash}"  linked from ${t.cards.map((c) => `cards/${c}`).join(', ')}`);
  }
  const missing = COLLECTIONS.flatMap((c) => locale.collections[c].items.filter((i) => i.state === 'missing'));
  if (missing.length) {
    console.log(`  missing: create the file with translation.from set to the hash shown`);
    for (const item of missing) console.log(`    ${item.file}  from: "${item.hash}"  (${item.words} words)`);
  }
  const uiTodo = u.keys.filter((k) => k.state === 'stale' || k.state === 'missing');
  if (uiTodo.length) {
    console.log(`  UI strings to do in ${u.file}:`);
    for (const k of uiTodo) console.log(`    ${k.key}  ${k.state}; English: ${JSON.stringify(k.english)}`);
  }
  if (u.unused.length) {
    console.log(`  UI strings in ${u.file} the kit only ever shows in English: remove them`);
    for (const key of u.unused) console.log(`    ${key}`);
  }
}
