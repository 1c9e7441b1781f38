import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile, mkdir, access } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { compile } from '../../src/compiler/compile.ts';
import { LOCALE_CODES } from '../../src/shared/locales.ts';
import type { CatalogIndex, CompiledCard, CompiledQuiz } from '../../src/shared/catalog.ts';
import { copyLibrary, edit, fixture, projectRoot } from './helpers/library.ts';

const run = promisify(execFile);

/** Compiles `root` and returns its error lines (`file:line field: message`). */
async function errorsOf(root: string): Promise<string[]> {
  const result = await compile(root);
  if (result.errors.length) assert.equal(result.files.size, 0, 'nothing is produced when anything is wrong');
  return result.errors.map(String);
}

function assertError(errors: string[], expected: RegExp): void {
  assert.ok(errors.some((e) => expected.test(e)), `expected an error matching ${expected}, got:\n${errors.join('\n') || '(none)'}`);
}

describe('compiler on a valid library', () => {
  let result: Awaited<ReturnType<typeof compile>>;
  const json = <T>(file: string): T => JSON.parse(result.files.get(file) ?? assert.fail(`missing ${file}`)) as T;

  before(async () => {
    result = await compile(fixture, { localesRoot: projectRoot });
  });

  it('compiles without errors and writes a catalog for every configured locale', () => {
    assert.deepEqual(result.errors.map(String), []);
    for (const locale of LOCALE_CODES) {
      const index = json<CatalogIndex>(`content/${locale}/index.json`);
      assert.equal(index.locale, locale);
      assert.deepEqual(index.cards.map((c) => c.slug).sort(), ['cobalt-in-phone-batteries', 'recycling-phones', 'world-e-waste-2022']);
      assert.ok(result.files.has(`cards/${locale}/world-e-waste-2022.html`));
    }
  });

  it('renders markdown at build time, with glossary links and no markdown left for the browser', () => {
    const card = json<CompiledCard>('content/en/cards/world-e-waste-2022.json');
    assert.match(card.html, /^<p>People threw away 62 million tonnes of <a data-term="e-waste" href="#term-e-waste">E-waste<\/a>/);
    assert.ok(!card.html.includes('[['));
    assert.deepEqual(card.terms.map((t) => t.slug), ['e-waste', 'recycling']);
    assert.equal(card.topicTitle, 'Circular economy');
    assert.match(card.illustration.svg, /^<svg /);
  });

  it('merges a translation over its source: translated text, inherited figures, sources and tags', () => {
    const de = json<CompiledCard>('content/de/cards/world-e-waste-2022.json');
    const en = json<CompiledCard>('content/en/cards/world-e-waste-2022.json');
    assert.equal(de.title, 'Der Elektroschrott der Welt');
    assert.equal(de.lang, 'de');
    assert.equal(de.status, 'reviewed');
    assert.equal(de.figure?.value, en.figure?.value);
    assert.equal(de.figure?.label, 'des Elektroschrotts wurden 2022 nachweislich gesammelt und recycelt');
    assert.deepEqual(de.sources, en.sources);
    assert.deepEqual(de.tags, en.tags);
    assert.equal(de.topicTitle, 'Kreislaufwirtschaft');
    assert.equal(de.terms[0].term, 'Elektroschrott');
  });

  it('falls back per card to the source locale, marked with its real language', () => {
    // No copy per locale: the browser falls back to the English file at run time.
    assert.equal(result.files.has('content/de/cards/cobalt-in-phone-batteries.json'), false);
    const fallback = json<CompiledCard>('content/en/cards/cobalt-in-phone-batteries.json');
    assert.equal(fallback.lang, 'en');
    assert.equal(fallback.title, 'Cobalt in batteries');
    assert.equal(json<CatalogIndex>('content/de/index.json').cards.find((c) => c.slug === 'cobalt-in-phone-batteries')?.lang, 'en');
    const fi = json<CatalogIndex>('content/fi/index.json');
    assert.ok(fi.cards.every((card) => card.lang === 'en'));
  });

  it('marks a translation made from an older source as stale', () => {
    const index = json<CatalogIndex>('content/de/index.json');
    const stale = index.cards.find((c) => c.slug === 'recycling-phones');
    assert.equal(stale?.status, 'machine');
    assert.equal(stale?.stale, true);
    assert.equal(index.cards.find((c) => c.slug === 'world-e-waste-2022')?.stale, undefined);
  });

  it('stores quiz answers as indexes, valid in every language', () => {
    const quiz = json<CompiledQuiz>('content/de/quizzes/circular-economy.json');
    assert.deepEqual(quiz.questions.map((q) => q.answer), [1, 1]);
  });

  it('writes a static card page readable without JavaScript', () => {
    const page = result.files.get('cards/de/world-e-waste-2022.html')!;
    assert.match(page, /<html lang="de" dir="ltr">/);
    assert.match(page, /<h1>Der Elektroschrott der Welt<\/h1>/);
    assert.match(page, /22,3\s%/);
    assert.match(page, /<dt id="term-e-waste" lang="de">Elektroschrott<\/dt>/);
    assert.match(page, /<h2>Quellen<\/h2>/);
    assert.ok(!/<script/i.test(page), 'the static page needs no script');
  });
});

describe('compiler on a broken library: every error names the file, the line and the field', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const cases: { name: string; file: string; change: (s: string) => string; expected: RegExp }[] = [
    {
      name: 'a missing required field',
      file: 'content/en/cards/world-e-waste-2022.md',
      change: (s) => s.replace(/^title: .*\n/m, ''),
      expected: /^content\/en\/cards\/world-e-waste-2022\.md:\d+ title: is required$/,
    },
    {
      name: 'a field of the wrong type',
      file: 'content/en/cards/world-e-waste-2022.md',
      change: (s) => s.replace('year: 2024', 'year: last year'),
      expected: /^content\/en\/cards\/world-e-waste-2022\.md:17 sources\[0\]\.year: /,
    },
    {
      name: 'an unknown topic',
      file: 'content/en/cards/cobalt-in-phone-batteries.md',
      change: (s) => s.replace('topic: everyday-minerals', 'topic: space-mining'),
      expected: /^content\/en\/cards\/cobalt-in-phone-batteries\.md:4 topic: unknown topic "space-mining"/,
    },
    {
      name: 'a translation that sets a non-translatable field',
      file: 'content/de/cards/world-e-waste-2022.md',
      change: (s) => s.replace('---\ntitle:', '---\ntopic: circular-economy\ntitle:'),
      expected: /^content\/de\/cards\/world-e-waste-2022\.md:2 topic: is not translatable/,
    },
    {
      name: 'broken YAML',
      file: 'content/en/cards/recycling-phones.md',
      change: (s) => s.replace('tags: [recycling, smartphones]', 'tags: [recycling, smartphones'),
      expected: /^content\/en\/cards\/recycling-phones\.md:\d+: invalid YAML/,
    },
    {
      name: 'a source without an https URL',
      file: 'content/en/cards/cobalt-in-phone-batteries.md',
      change: (s) => s.replace('https://eur-lex', 'http://eur-lex'),
      expected: /^content\/en\/cards\/cobalt-in-phone-batteries\.md:\d+ sources\[0\]\.url: must be an https:\/\/ URL/,
    },
    {
      name: 'a source without a year',
      file: 'content/en/cards/cobalt-in-phone-batteries.md',
      change: (s) => s.replace(/\n    year: 2020/, ''),
      expected: /^content\/en\/cards\/cobalt-in-phone-batteries\.md:\d+ sources\[0\]\.year: is required/,
    },
    {
      name: 'a summary over 160 characters',
      file: 'content/en/cards/recycling-phones.md',
      change: (s) => s.replace(/^summary: .*$/m, `summary: ${'x'.repeat(161)}`),
      expected: /^content\/en\/cards\/recycling-phones\.md:3 summary: must be at most 160 characters/,
    },
    {
      name: 'a missing summary',
      file: 'content/en/cards/recycling-phones.md',
      change: (s) => s.replace(/^summary: .*\n/m, ''),
      expected: /^content\/en\/cards\/recycling-phones\.md:\d+ summary: is required/,
    },
    {
      name: 'missing alt text',
      file: 'content/en/cards/world-e-waste-2022.md',
      change: (s) => s.replace(/\n  alt: Outline of a battery\./, ''),
      expected: /^content\/en\/cards\/world-e-waste-2022\.md:\d+ illustration\.alt: is required/,
    },
    {
      name: 'an unknown glossary term in the body',
      file: 'content/en/cards/world-e-waste-2022.md',
      change: (s) => s.replace('[[e-waste]]', '[[e-wastes]]'),
      expected: /^content\/en\/cards\/world-e-waste-2022\.md:19 body: unknown glossary term \[\[e-wastes\]\]/,
    },
    {
      name: 'an unknown region',
      file: 'content/en/cards/cobalt-in-phone-batteries.md',
      change: (s) => s.replace('regions: [lapland]', 'regions: [atlantis]'),
      expected: /^content\/en\/cards\/cobalt-in-phone-batteries\.md:\d+ regions\[0\]: unknown region "atlantis"/,
    },
    {
      name: 'an unknown mineral',
      file: 'content/en/cards/cobalt-in-phone-batteries.md',
      change: (s) => s.replace('minerals: [cobalt]', 'minerals: [recycling]'),
      expected: /^content\/en\/cards\/cobalt-in-phone-batteries\.md:\d+ minerals\[0\]: unknown mineral/,
    },
    {
      name: 'an unknown illustration',
      file: 'content/en/cards/cobalt-in-phone-batteries.md',
      change: (s) => s.replace('src: battery', 'src: rocket'),
      expected: /^content\/en\/cards\/cobalt-in-phone-batteries\.md:\d+ illustration\.src: unknown illustration "rocket"/,
    },
    {
      name: 'a quiz whose answer is not one of the choices',
      file: 'content/en/quizzes/circular-economy.md',
      change: (s) => s.replace('answer: 62 million tonnes', 'answer: 63 million tonnes'),
      expected: /^content\/en\/quizzes\/circular-economy\.md:7 questions\[0\]\.answer: "63 million tonnes" is not one of the choices/,
    },
    {
      name: 'an empty body',
      file: 'content/en/cards/recycling-phones.md',
      change: (s) => s.replace(/---\n[^-]*$/, '---\n'),
      expected: /^content\/en\/cards\/recycling-phones\.md:\d+ body: the body is empty/,
    },
    {
      name: 'an unknown field (a typo)',
      file: 'content/en/cards/recycling-phones.md',
      change: (s) => s.replace('tags:', 'tgas: [x]\ntags:'),
      expected: /^content\/en\/cards\/recycling-phones\.md:5 tgas: is not a known field/,
    },
  ];

  for (const { name, file, change, expected } of cases) {
    it(name, async () => {
      const original = await readFile(path.join(root, file), 'utf8');
      await edit(root, file, change);
      try {
        assertError(await errorsOf(root), expected);
      } finally {
        await writeFile(path.join(root, file), original);
      }
    });
  }

  it('a duplicate slug', async () => {
    const copy = path.join(root, 'content/en/cards/more/world-e-waste-2022.md');
    await mkdir(path.dirname(copy), { recursive: true });
    await cp(path.join(root, 'content/en/cards/world-e-waste-2022.md'), copy);
    try {
      assertError(await errorsOf(root), /^content\/en\/cards\/(more\/)?world-e-waste-2022\.md: duplicate slug "world-e-waste-2022"/);
    } finally {
      await rm(path.dirname(copy), { recursive: true });
    }
  });

  it('a translation without a source file', async () => {
    const orphan = path.join(root, 'content/de/cards/orphan.md');
    await cp(path.join(root, 'content/de/cards/world-e-waste-2022.md'), orphan);
    try {
      assertError(await errorsOf(root), /^content\/de\/cards\/orphan\.md: has no source file/);
    } finally {
      await rm(orphan);
    }
  });

  it('a quiz translation with a different number of questions', async () => {
    const file = path.join(root, 'content/de/quizzes/circular-economy.md');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      `---\ntitle: Quiz\nquestions:\n  - question: Wie viel?\n    choices: [a, b, c]\n    explanation: So viel.\ntranslation:\n  from: "aaaaaaaaaaaa"\n  status: machine\n---\n`,
    );
    try {
      assertError(await errorsOf(root), /^content\/de\/quizzes\/circular-economy\.md:3 questions: has 1 item, the source has 2/);
    } finally {
      await rm(file);
    }
  });

  it('an illustration that runs script', async () => {
    const svg = path.join(root, 'content/illustrations/evil.svg');
    await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="1"/></svg>');
    try {
      assertError(await errorsOf(root), /^content\/illustrations\/evil\.svg: has an event handler attribute/);
    } finally {
      await rm(svg);
    }
  });

  it('raw HTML in markdown is shown as text, never as markup', async () => {
    const file = 'content/en/cards/recycling-phones.md';
    const original = await readFile(path.join(root, file), 'utf8');
    await edit(root, file, (s) => `${s}\n<script>alert(1)</script> <img src="https://tracker.example/x.gif">\n\n![pixel](https://tracker.example/y.gif)\n`);
    try {
      const result = await compile(root);
      const card = JSON.parse(result.files.get('content/en/cards/recycling-phones.json')!) as CompiledCard;
      assert.ok(!/<script|<img/i.test(card.html), card.html);
      assert.match(card.html, /&lt;script&gt;/);
    } finally {
      await writeFile(path.join(root, file), original);
    }
  });

  it('UI strings: broken JSON, an unknown key and a placeholder the source lacks', async () => {
    const file = path.join(root, 'locales/de/ui.json');
    const original = await readFile(file, 'utf8');
    try {
      await writeFile(file, '{ "card": { "sources": "Quellen", }');
      assertError(await errorsOf(root), /^locales\/de\/ui\.json(:\d+)?: is not valid JSON/);
      await writeFile(file, JSON.stringify({ card: { sauces: 'Soßen', readMore: 'Mehr: {{titel}}' } }));
      const errors = await errorsOf(root);
      assertError(errors, /^locales\/de\/ui\.json:1 card\.sauces: is not a key of locales\/en\/ui\.json/);
      assertError(errors, /^locales\/de\/ui\.json:1 card\.readMore: uses \{\{titel\}\}, which the source string does not provide/);
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('npm run check and the build fail on a broken library, and build nothing', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
    await edit(root, 'content/en/cards/cobalt-in-phone-batteries.md', (s) => s.replace('topic: everyday-minerals', 'topic: space-mining'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('check exits 1 and prints file:line field: message', async () => {
    const failure = await run('npx', ['tsx', 'src/cli/check.ts', root], { cwd: projectRoot }).then(
      () => assert.fail('check should fail'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /error: content\/en\/cards\/cobalt-in-phone-batteries\.md:4 topic: unknown topic "space-mining"/);
    assert.match(failure.stderr, /Nothing was built\./);
  });

  it('vite build stops before writing anything', async () => {
    const { build } = await import('vite');
    const { oreContent } = await import('../../src/compiler/vite-plugin.ts');
    const outDir = path.join(root, 'dist');
    await writeFile(path.join(root, 'entry.js'), 'export {};\n');
    await assert.rejects(
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [oreContent()],
        build: { outDir, rolldownOptions: { input: path.join(root, 'entry.js') } },
      }),
      /cobalt-in-phone-batteries\.md:4 topic: unknown topic/,
    );
    await assert.rejects(access(outDir), 'no dist/ was written');
  });
});

describe('static pages name the language shown in the reader’s language', () => {
  it('a Finnish worksheet of an untranslated quiz says "englanti", grammatical after a colon', async () => {
    const { compile: compileLibrary } = await import('../../src/compiler/compile.ts');
    const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'library');
    const result = await compileLibrary(fixtures, { localesRoot: path.resolve(import.meta.dirname, '..', '..') });
    const worksheet = result.files.get('quizzes/fi/circular-economy.html') ?? '';
    assert.match(worksheet, /Näytettävä kieli: englanti/);
    assert.doesNotMatch(worksheet, /: English\./);
  });
});
