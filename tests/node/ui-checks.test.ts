/** `npm run check` on UI strings: plural forms, placeholders and strings left in English. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot, copyLibrary, editJson, withChanges, problemsOf, assertLine, assertNoLine } from './helpers/library.ts';

describe('UI string checks', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('the real UI strings pass every check', async () => {
    const { errors } = await problemsOf(root);
    assertNoLine(errors, /^locales\//);
  });

  it('a Polish plural form left out is an error naming the file, line and key', async () => {
    const file = 'locales/pl/ui.json';
    await withChanges(root, [file], () => editJson(root, file, (j) => { delete j.quiz.score_few; delete j.quiz.score_many; }), async () => {
      const { errors } = await problemsOf(root);
      assertLine(errors, /^locales\/pl\/ui\.json:\d+ quiz\.score_few: is missing: Polish needs this plural form \(for 2, 3, 4/);
      assertLine(errors, /^locales\/pl\/ui\.json:\d+ quiz\.score_many: is missing/);
    });
  });

  it('Spanish needs its "many" form (1 000 000 and up), Czech does not need its decimals-only "many"', async () => {
    await withChanges(
      root,
      ['locales/es/ui.json', 'locales/cs/ui.json'],
      async () => {
        await editJson(root, 'locales/es/ui.json', (j) => delete j.glossary.count_many);
        await editJson(root, 'locales/cs/ui.json', (j) => delete j.glossary.count_many);
      },
      async () => {
        const { errors } = await problemsOf(root);
        assertLine(errors, /^locales\/es\/ui\.json:\d+ glossary\.count_many: is missing: Spanish needs this plural form \(for 1000000/);
        assertNoLine(errors, /^locales\/cs\/ui\.json/);
      },
    );
  });

  it('a plural form the language does not use is an error', async () => {
    const file = 'locales/pl/ui.json';
    await withChanges(root, [file], () => editJson(root, file, (j) => (j.quiz.score_two = 'Masz dobrze {{count}} z {{total}}.')), async () => {
      const { errors } = await problemsOf(root);
      assertLine(errors, /^locales\/pl\/ui\.json:\d+ quiz\.score_two: Polish has no "two" plural form \(it uses one, few, many, other\); remove this key/);
    });
  });

  it('a placeholder dropped from a translation is an error', async () => {
    const file = 'locales/de/ui.json';
    await withChanges(root, [file], () => editJson(root, file, (j) => (j.quiz.progress = 'Frage {{current}}')), async () => {
      const { errors } = await problemsOf(root);
      assertLine(errors, /^locales\/de\/ui\.json:\d+ quiz\.progress: leaves out \{\{total\}\}/);
    });
  });

  it('a string left in English is an error unless the locale lists it as intentional', async () => {
    const file = 'locales/de/ui.json';
    const allow = 'locales/de/ui.unchanged.json';
    await withChanges(root, [file, allow], () => editJson(root, file, (j) => (j.card.sources = 'Sources')), async () => {
      assertLine((await problemsOf(root)).errors, /^locales\/de\/ui\.json:\d+ card\.sources: is the same as English \("Sources"\)/);
      await writeFile(path.join(root, allow), JSON.stringify({ 'card.sources': 'the same word in German', 'glossary.material': 'same word', 'page.title': 'only the name of the kit' }));
      assertNoLine((await problemsOf(root)).errors, /card\.sources/);
    });
  });
});

describe('locales/ui.notes.json: context for translators and platforms', () => {
  it('has a note for every key of locales/en/ui.json, naming each of its placeholders', async () => {
    const notes = JSON.parse(await readFile(path.join(projectRoot, 'locales/ui.notes.json'), 'utf8'));
    const flat: Record<string, string> = {};
    const walk = (o: Record<string, unknown>, p: string) =>
      Object.entries(o).forEach(([k, v]) => (typeof v === 'string' ? (flat[p + k] = v) : walk(v as Record<string, unknown>, `${p}${k}.`)));
    walk(JSON.parse(await readFile(path.join(projectRoot, 'locales/en/ui.json'), 'utf8')), '');
    for (const [key, value] of Object.entries(flat)) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const note = notes[base];
      assert.ok(note?.note, `locales/ui.notes.json has no note for "${base}"`);
      for (const [, name] of value.matchAll(/\{\{\s*(\w+)/g)) {
        assert.ok(note.placeholders?.[name], `locales/ui.notes.json "${base}" does not say what {{${name}}} is`);
      }
      if (base !== key) assert.ok(note.plural, `locales/ui.notes.json "${base}" does not say which number chooses the plural form`);
    }
    const bases = new Set(Object.keys(flat).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
    for (const key of Object.keys(notes)) if (!key.startsWith('$')) assert.ok(bases.has(key), `locales/ui.notes.json has a note for "${key}", which is not a UI string`);
  });
});

describe('strings shown only in English (`sourceOnly` in locales/ui.notes.json)', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const key = 'error.unknown-locale';
  const deStatus = async () => {
    const { loadLibrary } = await import('../../src/compiler/library.ts');
    const { loadUiStrings } = await import('../../src/compiler/ui-strings.ts');
    const { computeStatus } = await import('../../src/compiler/status.ts');
    const [library, ui] = await Promise.all([loadLibrary(root), loadUiStrings(root)]);
    return computeStatus({ library, ui, uiMeta: new Map(), locales: ['de'] }).locales[0].ui;
  };

  it(`${key} is marked sourceOnly: a widget asked for a language the kit lacks is shown in English`, async () => {
    const notes = JSON.parse(await readFile(path.join(projectRoot, 'locales/ui.notes.json'), 'utf8'));
    assert.equal(notes[key].sourceOnly, true);
  });

  it('its absence from a locale is neither a problem nor missing in the status report', async () => {
    const file = 'locales/de/ui.json';
    await withChanges(root, [file], () => editJson(root, file, (j) => delete j.error['unknown-locale']), async () => {
      const { errors, warnings } = await problemsOf(root);
      assertNoLine([...errors, ...warnings], /^locales\/de\/.*unknown-locale/);
      const ui = await deStatus();
      assert.ok(!ui.keys.some((k) => k.key === key), 'not a key to translate');
      assert.equal(ui.missing, 0);
      assert.deepEqual(ui.unused, []);
    });
  });

  it('a translation of it is flagged as never shown, and reported unused', async () => {
    const file = 'locales/de/ui.json';
    await withChanges(root, [file], () => editJson(root, file, (j) => (j.error['unknown-locale'] = '„{{requested}}“ gibt es nicht. Angezeigt: {{language}}.')), async () => {
      const { warnings } = await problemsOf(root);
      assertLine(warnings, /^locales\/de\/ui\.json:\d+ error\.unknown-locale: is never shown: the kit shows this string only in English/);
      const ui = await deStatus();
      assert.deepEqual(ui.unused, [key]);
      assert.ok(!ui.keys.some((k) => k.key === key));
      const { compile } = await import('../../src/compiler/compile.ts');
      const built = JSON.parse((await compile(root)).files.get('content/de/ui.json')!);
      assert.equal(built.error['unknown-locale'], undefined, 'a string nobody reads is not shipped');
      assert.ok(built.error.title, 'the rest of the section is');
    });
  });
});
