/**
 * The development locales (locales/dev-locales.json, src/compiler/dev-locales.ts): absent from
 * everything that ships or counts translations until a dev server, Storybook or the browser
 * tests ask for them; then compiled from English like a real locale. The tests run in order: the
 * first ones before this process has enabled them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compile } from '../../src/compiler/compile.ts';
import { DEV_LOCALES, devLocales, enableDevLocales } from '../../src/compiler/dev-locales.ts';
import { LOCALE_CODES, directionOf, matchLocale } from '../../src/shared/locales.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(root, 'tests/fixtures/library');
const localesJson = path.join(root, 'locales/locales.json');
const DEV = DEV_LOCALES.map((l) => l.code);

/** What the plugin makes of locales.json for the browser, in a `serve` or a `build`. */
async function browserCopy(plugin: Plugin, command: 'serve' | 'build') {
  (plugin.config as (config: object, env: { command: string; mode: string }) => void)({}, { command, mode: 'test' });
  const result = (plugin.transform as (code: string, id: string) => { code: string } | undefined)(await readFile(localesJson, 'utf8'), localesJson);
  return JSON.parse(result!.code) as { $comment?: string; source: string; locales: Record<string, { dir: string }> };
}

describe('development locales, not asked for', () => {
  it('are not shipped locales: not matched, not compiled', async () => {
    assert.deepEqual(DEV, ['en-XA', 'ar-XB']);
    for (const code of DEV) assert.ok(!LOCALE_CODES.includes(code), code);
    assert.equal(matchLocale('en-XA'), 'en', 'a page asking for en-XA gets English');
    const result = await compile(fixtures, { localesRoot: root });
    assert.deepEqual(result.errors, []);
    assert.deepEqual([...result.files.keys()].filter((file) => /en-XA|ar-XB/.test(file)), []);
  });

  it('a build leaves the browser’s locale list without them (and without the translators’ comment)', async () => {
    const copy = await browserCopy(devLocales(), 'build');
    assert.deepEqual(Object.keys(copy.locales), Object.keys(JSON.parse(await readFile(localesJson, 'utf8')).locales));
    assert.equal(copy.$comment, undefined);
    assert.ok(!LOCALE_CODES.includes('en-XA'), 'the build did not add them to the compiler’s list either');
  });
});

describe('development locales, in a dev server', () => {
  it('serve adds them to the browser’s locale list with their direction, and to the compiler’s', async () => {
    const copy = await browserCopy(devLocales(), 'serve');
    assert.equal(copy.locales['en-XA'].dir, 'ltr');
    assert.equal(copy.locales['ar-XB'].dir, 'rtl');
    assert.ok(copy.locales.de, 'the shipped locales stay');
    assert.ok(LOCALE_CODES.includes('en-XA') && LOCALE_CODES.includes('ar-XB'));
    assert.equal(matchLocale('en-xa'), 'en-XA');
    assert.equal(directionOf('ar-XB'), 'rtl');
  });

  it('compile them from English: pseudo UI strings, en-XA content falling back, ar-XB content generated; none in the status report', async () => {
    enableDevLocales();
    const result = await compile(fixtures, { localesRoot: root });
    assert.deepEqual(result.errors, []);
    const ui = JSON.parse(result.files.get('content/en-XA/ui.json')!);
    assert.match(ui.card.showMore, /^\[Šĥöŵ ɱöŕé .+\]$/);
    assert.match(ui.quiz.progress, /\{\{current\}\}.*\{\{total\}\}/);
    assert.ok(ui.quiz.score_one && ui.quiz.score_other, 'plural forms keep their keys');
    assert.ok(JSON.parse(result.files.get('content/ar-XB/ui.json')!).card.showMore.includes('\u202EShow\u202C'));

    const pseudoIndex = JSON.parse(result.files.get('content/en-XA/index.json')!);
    assert.ok(pseudoIndex.cards.length > 0 && pseudoIndex.cards.every((card: { lang: string }) => card.lang === 'en'), 'en-XA content is English, marked en');
    assert.equal(result.files.has('content/en-XA/cards/world-e-waste-2022.json'), false, 'and read from the English files');

    const card = JSON.parse(result.files.get('content/ar-XB/cards/world-e-waste-2022.json')!);
    assert.equal(card.lang, 'ar-XB');
    assert.equal(card.status, 'reviewed');
    assert.ok(card.title.startsWith('\u202E'), card.title);
    assert.ok(card.html.includes('\u202E'), 'the body is generated too');
    assert.match(card.html, /data-term="e-waste"/, 'glossary links still work');
    assert.equal(card.sources[0].url.includes('\u202E'), false, 'what is not translatable stays');

    const status = JSON.parse(result.files.get('content/i18n-status.json')!) as { locales: { code: string }[] };
    assert.deepEqual(status.locales.map((l) => l.code).filter((code) => DEV.includes(code)), []);
  });
});
