/** `npm start`: the dev server serves the kit and the compiled library, and follows edits without a restart. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { oreContent } from '../../src/compiler/vite-plugin.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

async function start(options: Parameters<typeof createServer>[0]): Promise<{ server: ViteDevServer; url: (p: string) => string }> {
  const server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' }, ...options });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  return { server, url: (p) => `http://127.0.0.1:${address.port}/${p}` };
}

describe('dev server of the project (npm start)', () => {
  let dev: Awaited<ReturnType<typeof start>>;
  before(async () => {
    dev = await start({ root: projectRoot, configFile: path.join(projectRoot, 'vite.config.ts') });
  });
  after(() => dev.server.close());

  it('serves the gallery, the one-script entry, catalogs and card pages', async () => {
    const page = await (await fetch(dev.url(''))).text();
    assert.match(page, /<script type="module" src="\.\/ore-kit\.js"/);
    const kit = await fetch(dev.url('ore-kit.js'));
    assert.equal(kit.status, 200);
    assert.match(kit.headers.get('content-type') ?? '', /javascript/);
    assert.match(await kit.text(), /registry\.ts/);
    const registry = await (await fetch(dev.url('src/runtime/registry.ts'))).text();
    assert.match(registry, /ore-card\/define\.ts/);
    assert.equal((await fetch(dev.url('@id/__x00__virtual:ore-kit/messages'))).status, 200, 'the entry’s own strings are served');
    const index = (await (await fetch(dev.url('content/en/index.json'))).json()) as { cards: { slug: string }[] };
    assert.ok(index.cards.length >= 48, `${index.cards.length} cards`);
    const card = await fetch(dev.url(`cards/fi/${index.cards[0].slug}.html`));
    assert.equal(card.status, 200);
    assert.equal((await fetch(dev.url('content/en/cards/no-such-card.json'))).status, 404);
    // The translation status page and the report it draws.
    assert.match(await (await fetch(dev.url('status.html'))).text(), /src\/site\/status\.ts/);
    const report = (await (await fetch(dev.url('content/i18n-status.json'))).json()) as { locales: { code: string }[] };
    assert.ok(report.locales.some((l) => l.code === 'de'));
  });

  it('has the pseudo-locales en-XA and ar-XB: in the browser’s locale list, with their strings and content', async () => {
    const list = await (await fetch(dev.url('locales/locales.json?import'))).text();
    assert.match(list, /"en-XA"/);
    assert.match(list, /"ar-XB"/);
    const ui = (await (await fetch(dev.url('content/en-XA/ui.json'))).json()) as { card: { showMore: string } };
    assert.match(ui.card.showMore, /^\[Šĥöŵ ɱöŕé/);
    const index = (await (await fetch(dev.url('content/ar-XB/index.json'))).json()) as { cards: { lang: string }[] };
    assert.ok(index.cards.length >= 48 && index.cards.every((card) => card.lang === 'ar-XB'));
    assert.equal((await fetch(dev.url('cards/en-XA/world-e-waste-2022.html'))).status, 200);
  });
});

describe('dev server follows content edits', () => {
  let root: string;
  let dev: Awaited<ReturnType<typeof start>>;
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ore-kit-dev-'));
    await cp(path.join(projectRoot, 'tests/fixtures/library/content'), path.join(root, 'content'), { recursive: true });
    dev = await start({ root, configFile: false, appType: 'mpa', plugins: [oreContent({ localesRoot: projectRoot })] });
  });
  after(async () => {
    await dev.server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('an edited markdown file is served recompiled, without a restart', async () => {
    const title = async () =>
      ((await (await fetch(dev.url('content/en/cards/world-e-waste-2022.json'))).json()) as { title: string }).title;
    assert.equal(await title(), "The world's e-waste");
    const file = path.join(root, 'content/en/cards/world-e-waste-2022.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace("title: The world's e-waste", 'title: E-waste around the world'));
    const deadline = Date.now() + 10_000;
    let current = await title();
    while (current !== 'E-waste around the world' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await title();
    }
    assert.equal(current, 'E-waste around the world');
  });
});

describe('dev server start', () => {
  it('compiles the library once at start, not once per hook', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ore-dev-once-'));
    await cp(path.join(projectRoot, 'tests/fixtures/library/content'), path.join(root, 'content'), { recursive: true });
    const { compile } = await import('../../src/compiler/compile.ts');
    let runs = 0;
    const counting: typeof compile = (...args) => (runs++, compile(...args));
    const dev = await start({ root, configFile: false, appType: 'mpa', plugins: [oreContent({ localesRoot: projectRoot, compile: counting })] });
    try {
      assert.equal((await fetch(dev.url('content/en/index.json'))).status, 200);
      assert.equal(runs, 1);
    } finally {
      await dev.server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
