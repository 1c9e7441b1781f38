/**
 * The iframe route's address contract (src/shared/embed.ts) and what the compiler publishes for
 * the other routes: static pages per locale and oEmbed responses only when the public address
 * is known.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { compile } from '../../src/compiler/compile.ts';
import { parseEmbedQuery, WIDGETS, WIDGET_NAMES } from '../../src/shared/embed.ts';
import { readFile } from 'node:fs/promises';
import { LOCALE_CODES } from '../../src/shared/locales.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'library');
// The element registry is browser code (it imports the elements); its tags are read from its source.
const registrySource = await readFile(path.join(import.meta.dirname, '..', '..', 'src/runtime/registry.ts'), 'utf8');
const TAGS = [...registrySource.matchAll(/^\s*'(ore-[a-z]+)':/gm)].map((m) => m[1]);
const registered = (tag: string) => TAGS.includes(tag);
const parse = (query: string, available = registered) => parseEmbedQuery(new URLSearchParams(query), (v) => /^#[0-9a-f]{6}$/i.test(v), available);

describe('embed.html addresses', () => {
  it('reads the registry', () => assert.ok(TAGS.includes('ore-card') && TAGS.length >= 5, TAGS.join()));

  it('a valid address becomes the element attributes and the accent', () => {
    assert.deepEqual(parse('widget=deck&topic=green-mining&layout=grid&limit=3&lang=fi&theme=dark&accent=%2300594f'), {
      widget: 'deck',
      attributes: { topic: 'green-mining', layout: 'grid', limit: '3', lang: 'fi', theme: 'dark' },
      accent: '#00594f',
      problems: [],
    });
  });

  it('names each problem, with what would work', () => {
    assert.deepEqual(parse('').problems.map((p) => p.key), ['embed.noWidget']);
    assert.deepEqual(parse('widget=crad').problems, [{ key: 'embed.unknownWidget', vars: { widget: 'crad', widgets: WIDGET_NAMES.join(', ') } }]);
    assert.deepEqual(parse('widget=card&card=x&theme=neon&variant=huge&accent=red&colour=1').problems.map((p) => [p.key, p.vars.parameter]), [
      ['embed.invalidValue', 'theme'],
      ['embed.invalidValue', 'variant'],
      ['embed.invalidValue', 'accent'],
      ['embed.unknownParameter', 'colour'],
    ]);
    assert.deepEqual(parse('widget=quiz').problems, [{ key: 'embed.missing', vars: { parameter: 'quiz', widget: 'quiz' } }]);
    assert.deepEqual(parse('widget=banner&href=javascript:alert(1)').problems.map((p) => p.vars.parameter), ['href']);
  });

  it('offers exactly the widgets of the element registry: explorer once <ore-explorer> is registered', () => {
    const explorerRegistered = registered(WIDGETS.explorer);
    assert.equal(parse('widget=explorer&object=phone').problems.length === 0, explorerRegistered);
    const withExplorer = parse('widget=explorer&object=phone', (tag) => registered(tag) || tag === 'ore-explorer');
    assert.deepEqual(withExplorer.problems, []);
    assert.deepEqual(withExplorer.attributes, { object: 'phone' });
  });
});

describe('published pages', () => {
  it('every locale has worksheets, the glossary A–Z and topic pages; oEmbed only with a public address', async () => {
    const plain = await compile(fixture, { localesRoot: projectRoot });
    assert.deepEqual(plain.errors, []);
    for (const locale of LOCALE_CODES) {
      for (const file of [`quizzes/${locale}/circular-economy.html`, `glossary/${locale}/index.html`, `topics/${locale}/circular-economy.html`]) {
        assert.match(plain.files.get(file) ?? '', new RegExp(`<html lang="${locale}" dir="ltr">`), file);
      }
    }
    assert.deepEqual([...plain.files.keys()].filter((f) => f.endsWith('.oembed.json')), []);

    const published = await compile(fixture, { localesRoot: projectRoot, publicUrl: 'https://kit.example.org/ore-kit' });
    const page = published.files.get('quizzes/fi/circular-economy.html')!;
    assert.match(page, /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/kit\.example\.org\/ore-kit\/quizzes\/fi\/circular-economy\.oembed\.json"/);
    const oembed = JSON.parse(published.files.get('quizzes/fi/circular-economy.oembed.json')!);
    assert.equal(oembed.provider_url, 'https://kit.example.org/ore-kit/');
    assert.match(oembed.html, /src="https:\/\/kit\.example\.org\/ore-kit\/embed\.html\?widget=quiz&amp;quiz=circular-economy&amp;lang=fi"/);
    assert.ok(published.files.has('cards/de/recycling-phones.oembed.json'));
  });
});

describe('the dev server (npm start) serves every route', () => {
  it('embed.html, ore-kit-frame.js, worksheets, the glossary page, topic pages and their stylesheet', async () => {
    const { createServer } = await import('vite');
    const server = await createServer({ root: projectRoot, configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const { port } = server.httpServer!.address() as { port: number };
    try {
      const get = (p: string) => fetch(`http://127.0.0.1:${port}/${p}`);
      assert.match(await (await get('embed.html')).text(), /src\/site\/embed\.ts/);
      const frame = await get('ore-kit-frame.js');
      assert.equal(frame.status, 200);
      assert.match(await frame.text(), /ore-kit:resize/);
      for (const file of ['quizzes/pl/circular-economy.html', 'glossary/pl/', 'topics/pl/circular-economy.html', 'ore-pages.css']) {
        assert.equal((await get(file)).status, 200, file);
      }
    } finally {
      await server.close();
    }
  });
});
