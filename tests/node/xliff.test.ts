/** `npm run i18n:export` / `npm run i18n:import`: content translations through XLIFF 1.2 and back. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { exportXliff, importXliff } from '../../src/compiler/xliff.ts';
import { loadLibrary } from '../../src/compiler/library.ts';
import { copyLibrary, problemsOf, assertNoLine } from './helpers/library.ts';

const DE_CARD = 'content/de/cards/world-e-waste-2022.md';

describe('XLIFF exchange', () => {
  let root: string;
  let xml: string;
  before(async () => {
    root = await copyLibrary();
    xml = await exportXliff(await loadLibrary(root), 'de');
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('exports every translatable field of every collection, English as source, the translation as target, with a note and a length limit', async () => {
    const js = (await xliff12ToJs(xml)) as { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: string; target?: string; note?: string; additionalAttributes?: Record<string, string> }>> };
    assert.equal(js.sourceLanguage, 'en');
    assert.equal(js.targetLanguage, 'de');
    assert.deepEqual(Object.keys(js.resources).sort(), ['cards', 'glossary', 'objects', 'quizzes', 'regions', 'topics']);
    const summary = js.resources.cards['world-e-waste-2022#summary'];
    assert.equal(summary.source, 'In 2022 the world threw away 62 million tonnes of electronics.');
    assert.equal(summary.target, '2022 warf die Welt 62 Millionen Tonnen Elektronik weg.');
    assert.equal(summary.additionalAttributes?.maxwidth, '160');
    assert.equal(summary.additionalAttributes?.['size-unit'], 'char');
    assert.equal(summary.additionalAttributes?.approved, 'yes');
    assert.match(summary.note!, /banners/);
    const body = js.resources.cards['cobalt-in-phone-batteries#body'];
    assert.equal(body.source, 'Many rechargeable batteries contain [[cobalt]].');
    assert.equal(body.target, undefined, 'no translation yet, no target');
    assert.match(body.note!, /\[\[slug\|words\]\]/);
    assert.equal(js.resources.quizzes['circular-economy#questions[0].choices[0]'].target, '6,2 Millionen Tonnen');
    assert.equal(js.resources.regions['lapland#name'].source, 'Lapland');
  });

  it('a round trip that changes one unit changes exactly that field in the markdown', async () => {
    const before = await readFile(path.join(root, DE_CARD), 'utf8');
    const changed = xml.replace('<target>2022 warf die Welt 62 Millionen Tonnen Elektronik weg.</target>', '<target>Im Jahr 2022 warf die Welt 62 Millionen Tonnen Elektronik weg.</target>');
    assert.notEqual(changed, xml);
    const report = await importXliff(root, await loadLibrary(root), changed);
    assert.deepEqual(report.written, [DE_CARD]);
    const after = await readFile(path.join(root, DE_CARD), 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    assert.equal(b.length, a.length);
    assert.deepEqual(
      a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]])),
      [['summary: 2022 warf die Welt 62 Millionen Tonnen Elektronik weg.', 'summary: Im Jahr 2022 warf die Welt 62 Millionen Tonnen Elektronik weg.']],
    );
    await writeFile(path.join(root, DE_CARD), before);
  });

  it("a changed body keeps the front matter as it was and the body's line breaks", async () => {
    const before = await readFile(path.join(root, DE_CARD), 'utf8');
    assert.ok(xml.includes('Nur 22,3 % davon wurden\nnachweislich gesammelt'), 'the body keeps its line break in the XLIFF');
    const changed = xml.replace('Nur 22,3 % davon wurden\nnachweislich gesammelt', 'Nur 22,3 % davon wurden\nbelegbar gesammelt');
    try {
      const report = await importXliff(root, await loadLibrary(root), changed);
      assert.deepEqual(report.written, [DE_CARD]);
      const after = await readFile(path.join(root, DE_CARD), 'utf8');
      const frontMatter = (t: string) => t.slice(0, t.indexOf('\n---\n'));
      assert.equal(frontMatter(after), frontMatter(before));
      assert.equal(after, before.replace('wurden\nnachweislich gesammelt', 'wurden\nbelegbar gesammelt'));
    } finally {
      await writeFile(path.join(root, DE_CARD), before);
    }
  });

  it('importing an unchanged export writes nothing', async () => {
    const report = await importXliff(root, await loadLibrary(root), xml);
    assert.deepEqual(report.written, []);
  });

  it('creates a missing translation as a partial file with translation.from and status machine, and the library stays valid', async () => {
    const file = 'content/de/cards/cobalt-in-phone-batteries.md';
    const library = await loadLibrary(root);
    const changed = xml
      .replace(/(<trans-unit id="cobalt-in-phone-batteries#title"[^>]*>\s*<source>[^<]*<\/source>)/, '$1<target>Kobalt in Akkus</target>')
      .replace(/(<trans-unit id="cobalt-in-phone-batteries#summary"[^>]*>\s*<source>[^<]*<\/source>)/, '$1<target>Viele Akkus enthalten Kobalt.</target>')
      .replace(/(<trans-unit id="cobalt-in-phone-batteries#body"[^>]*>\s*<source>[^<]*<\/source>)/, '$1<target>Viele Akkus enthalten [[cobalt|Kobalt]].</target>');
    try {
      const report = await importXliff(root, library, changed);
      assert.deepEqual(report.written, [file]);
      const text = await readFile(path.join(root, file), 'utf8');
      assert.match(text, /^---\ntitle: Kobalt in Akkus\nsummary: Viele Akkus enthalten Kobalt\.\ntranslation:\n  from: "[0-9a-f]{12}"\n  status: machine\n---\nViele Akkus enthalten \[\[cobalt\|Kobalt\]\]\.\n$/);
      assert.match(text, new RegExp(`from: "${library.hashes.get('cards/cobalt-in-phone-batteries')}"`));
      assertNoLine((await problemsOf(root)).errors, /cobalt-in-phone-batteries/);
    } finally {
      await rm(path.join(root, file), { force: true });
    }
  });

  it('does not create a new translation without its required fields, and says which', async () => {
    const changed = xml.replace(/(<trans-unit id="cobalt-in-phone-batteries#title"[^>]*>\s*<source>[^<]*<\/source>)/, '$1<target>Kobalt in Akkus</target>');
    const report = await importXliff(root, await loadLibrary(root), changed);
    assert.deepEqual(report.written, []);
    assert.ok(report.warnings.some((w) => w === 'content/de/cards/cobalt-in-phone-batteries.md: not created, translate these too: summary: has no target in the XLIFF; body: has no target in the XLIFF'), report.warnings.join('\n'));
  });

  it('creates nested fields and lists whole, and only once every item of a list is translated', async () => {
    const file = 'content/de/cards/cobalt-in-phone-batteries.md';
    const target = (x: string, id: string, text: string) =>
      x.replace(new RegExp(`(<trans-unit id="cobalt-in-phone-batteries#${id.replace(/[.[\]]/g, '\\$&')}"[^>]*>\\s*<source>[^<]*</source>)`), `$1<target>${text}</target>`);
    let changed = target(target(target(xml, 'title', 'Kobalt in Akkus'), 'summary', 'Viele Akkus enthalten Kobalt.'), 'body', 'Viele Akkus enthalten [[cobalt|Kobalt]].');
    changed = target(changed, 'figure.compare[0].label', 'Elektroauto');
    try {
      const partial = await importXliff(root, await loadLibrary(root), changed);
      assert.deepEqual(partial.written, []);
      assert.ok(partial.warnings.some((w) => w.includes('figure.label: has no target in the XLIFF') && w.includes('figure.compare: 1 of 2 items have a translation')), partial.warnings.join('\n'));
      changed = target(target(changed, 'figure.label', 'Kupfer in einem Elektroauto'), 'figure.compare[1].label', 'Verbrenner');
      const report = await importXliff(root, await loadLibrary(root), changed);
      assert.deepEqual(report.written, [file]);
      const text = await readFile(path.join(root, file), 'utf8');
      assert.match(text, /\nfigure:\n  label: Kupfer in einem Elektroauto\n  compare:\n    - label: Elektroauto\n    - label: Verbrenner\n/);
      assertNoLine((await problemsOf(root)).errors, /cobalt-in-phone-batteries/);
    } finally {
      await rm(path.join(root, file), { force: true });
    }
  });

  it('keeps a stale translation stale when the XLIFF was made from older English', async () => {
    const changed = xml.replace('<source>An old phone in a drawer still holds metals that can be recovered.</source>', '<source>An old phone holds metals.</source>');
    const report = await importXliff(root, await loadLibrary(root), changed.replace('Ein altes Handy in der Schublade', 'Ein altes Handy in einer Schublade'));
    assert.ok(report.warnings.some((w) => /content\/de\/cards\/recycling-phones\.md: .*English text has changed since this XLIFF was exported/.test(w)), report.warnings.join('\n'));
  });
});
