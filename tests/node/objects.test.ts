/** The `objects` collection: what a broken object file says, what the browser gets, and its static poster page. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { compile } from '../../src/compiler/compile.ts';
import { loadLibrary } from '../../src/compiler/library.ts';
import { exportXliff, importXliff } from '../../src/compiler/xliff.ts';
import type { CatalogIndex, CompiledObject } from '../../src/shared/catalog.ts';
import { copyLibrary, edit, withChanges, problemsOf, assertLine, assertNoLine, projectRoot } from './helpers/library.ts';

const EN = 'content/en/objects/smartphone.md';
const SVG = 'content/illustrations/object-phone.svg';

describe('the objects collection', () => {
  let root: string;
  let files: Map<string, string>;
  before(async () => {
    root = await copyLibrary();
    const result = await compile(root);
    assert.deepEqual(result.errors.map(String), []);
    files = result.files;
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const json = <T>(file: string) => JSON.parse(files.get(file)!) as T;

  it('compiles each object per locale: the index lists it, parts carry their terms, figure source and card title', () => {
    const index = json<CatalogIndex>('content/en/index.json');
    assert.deepEqual(index.objects.map((o) => o.slug), ['smartphone']);
    const phone = json<CompiledObject>('content/en/objects/smartphone.json');
    assert.equal(phone.parts.length, 5);
    const battery = phone.parts[0];
    assert.deepEqual(battery.materials, ['cobalt', 'lithium']);
    assert.deepEqual(battery.terms.map((t) => t.slug), ['cobalt', 'lithium']);
    assert.match(battery.html, /<a data-term="cobalt"/);
    assert.equal(battery.figure?.source.url, 'https://scrreen.eu/portfolio_item/smarter-mobile-phones/');
    assert.equal(battery.card.slug, 'cobalt-in-phone-batteries');
    assert.ok(battery.card.title.length > 0);
    // A term the text links but the part does not list as a material is still explained.
    assert.deepEqual(phone.parts[2].terms.map((t) => t.slug), ['iron', 'recycling']);
    assert.match(phone.illustration.svg, /id="part-battery"/);
  });

  it('a translation changes only the text; a locale without one falls back to English, marked', () => {
    const de = json<CompiledObject>('content/de/objects/smartphone.json');
    assert.equal(de.lang, 'de');
    assert.equal(de.parts[0].name, 'Akku');
    assert.equal(de.parts[0].figure?.value, 8);
    assert.deepEqual(de.parts[0].materials, ['cobalt', 'lithium']);
    const fi = json<CompiledObject>('content/fi/objects/smartphone.json');
    assert.equal(fi.lang, 'en');
    assert.equal(fi.parts[0].name, 'Battery');
  });

  it('writes a static page per object and locale, without scripts, in the page language', () => {
    const page = files.get('objects/de/smartphone.html')!;
    assert.ok(page, 'objects/de/smartphone.html');
    assert.match(page, /<html lang="de"/);
    assert.doesNotMatch(page, /<script/i);
    assert.match(page, /<h1>Telefon<\/h1>/);
    assert.match(page, /Rohstoffe/);
    assert.match(page, /href="\.\.\/\.\.\/cards\/de\/cobalt-in-phone-batteries\.html"/);
    assert.match(page, /@page|ore-object-page\.css/);
    assert.doesNotMatch(page, /data-term|href="#term-/, 'no glossary links to definitions the page does not have');
    assert.match(files.get('objects/en/smartphone.html')!, /the minerals in it/);
    assert.ok(files.get('objects/ore-object-page.css')?.includes('@page'));
    assert.ok(files.get('objects/fi/smartphone.html')?.includes('lang="en"'), 'the English fallback is marked');
  });

  const broken: [string, string, (s: string) => string, RegExp][] = [
    ['a part with no group in the drawing', EN, (s) => s.replace('slug: frame', 'slug: antenna'), /smartphone\.md:\d+ parts\[4\]\.slug: the drawing content\/illustrations\/object-phone\.svg has no group id="part-antenna"/],
    ['a material that is not a glossary material', EN, (s) => s.replace('materials: [iron]\n    text: "A test frame."', 'materials: [recycling]\n    text: "A test frame."'), /smartphone\.md:\d+ parts\[4\]\.materials\[0\]: unknown material "recycling"/],
    ['a figure pointing at a source that is not listed', EN, (s) => s.replace('source: 2', 'source: 3'), /smartphone\.md:\d+ parts\[3\]\.figure\.source: source 3 is not in the list: this object has 2 sources/],
    ['an unknown card', EN, (s) => s.replace('card: recycling-phones\n  - slug: speaker', 'card: no-such-card\n  - slug: speaker'), /smartphone\.md:\d+ parts\[2\]\.card: unknown card "no-such-card"/],
    ['an unknown glossary link in a part', EN, (s) => s.replace('A test speaker.', 'A test [[no-such-term]].'), /smartphone\.md:\d+ body: unknown glossary term \[\[no-such-term\]\]/],
    ['two parts with one slug', EN, (s) => s.replace('slug: frame', 'slug: case'), /smartphone\.md:\d+ parts\[4\]\.slug: duplicate part "case"/],
  ];
  for (const [what, file, change, expected] of broken) {
    it(`${what} fails the build with file, line and field`, async () => {
      await withChanges(root, [file], () => edit(root, file, change), async () => {
        assertLine((await problemsOf(root)).errors, expected);
      });
    });
  }

  it('a translated part that drops or adds a glossary link fails the build, naming the part', async () => {
    const DE = 'content/de/objects/smartphone.md';
    await withChanges(root, [DE], () => edit(root, DE, (s) => s.replace('[[cobalt|Kobalt]]', 'Kobalt')), async () => {
      assertLine((await problemsOf(root)).errors, /de\/objects\/smartphone\.md:\d+ parts\[0\]\.text: leaves out the glossary link \[\[cobalt\]\]/);
    });
    await withChanges(root, [DE], () => edit(root, DE, (s) => s.replace('Ein Testrahmen.', 'Ein [[cobalt|Kobalt]]rahmen.')), async () => {
      assertLine((await problemsOf(root)).errors, /de\/objects\/smartphone\.md:\d+ parts\[4\]\.text: links \[\[cobalt\]\], which the English text does not/);
    });
  });

  it('fewer than five parts fails the build', async () => {
    await withChanges(root, [EN, 'content/de/objects/smartphone.md'], async () => {
      await edit(root, EN, (s) => s.replace(/  - slug: frame[\s\S]*?card: recycling-phones\n/, ''));
      await rm(`${root}/content/de/objects/smartphone.md`);
    }, async () => {
      assertLine((await problemsOf(root)).errors, /smartphone\.md:\d+ parts: must have at least five parts/);
    });
  });

  it('a drawing with a style element is rejected like every illustration', async () => {
    await withChanges(root, [SVG], () => edit(root, SVG, (s) => s.replace('<g id="part-case">', '<style>g{}</style><g id="part-case">')), async () => {
      assertLine((await problemsOf(root)).errors, /object-phone\.svg: has a <style> element/);
    });
  });

  it('the XLIFF export has every part name, text and figure label for translators', async () => {
    const xml = await exportXliff(await loadLibrary(root), 'fi');
    assert.match(xml, /<file original="objects"/);
    for (const id of ['smartphone#title', 'smartphone#parts[0].name', 'smartphone#parts[0].text', 'smartphone#parts[0].figure.label', 'smartphone#body']) {
      assert.ok(xml.includes(`id="${id}"`), id);
    }
  });

  it('an XLIFF round trip writes a valid translation of an object, part by part', async () => {
    const file = 'content/pl/objects/smartphone.md';
    await withChanges(root, [file], async () => {
      const xml = await exportXliff(await loadLibrary(root), 'pl');
      // A translator (here: a marker) fills in every unit of the object.
      const filled = xml.replace(/(<trans-unit id="smartphone#[^"]+"[^>]*>\s*<source>)([\s\S]*?)(<\/source>)/g, '$1$2$3<target>PL $2</target>');
      const report = await importXliff(root, await loadLibrary(root), filled);
      assert.ok(report.written.includes(file), JSON.stringify(report));
    }, async () => {
      const library = await loadLibrary(root);
      assert.deepEqual(library.errors.map(String), []);
      const translation = library.translations.get('pl')!.objects.get('smartphone')!;
      const parts = translation.data.parts as { name: string; materials: string[]; figure?: { label: string; value: number } }[];
      assert.equal(parts[0].name, 'PL Battery');
      assert.equal(parts[0].figure?.label, 'PL of cobalt in a smartphone battery');
      assert.equal(parts[0].figure?.value, 8, 'numbers stay in the English file');
      assert.deepEqual(parts[0].materials, ['cobalt', 'lithium']);
      assertNoLine((await problemsOf(root)).errors, /content\/pl\//);
    });
  });

  it('the real library has at least six objects, each with five or more parts, all compiled without errors', async () => {
    const library = await loadLibrary(projectRoot);
    const slugs = [...library.sources.objects.keys()].sort();
    for (const slug of ['bicycle', 'electric-car', 'house', 'laptop', 'smartphone', 'wind-turbine']) assert.ok(slugs.includes(slug), slug);
    for (const entry of library.sources.objects.values()) {
      assert.ok((entry.data.parts as unknown[]).length >= 5, entry.slug);
    }
    assertNoLine(library.errors.map(String), /objects/);
  });
});
