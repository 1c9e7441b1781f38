/**
 * Smoke tests of the production build (`dist/`, made by `npm run build` just before): what an
 * embedding page on another origin gets, under a strict CSP. Storybook's build: storybook.test.ts.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory, servePages, type Served } from './serve.ts';
import { everyElement } from './pages.ts';
import { LOCALE_CODES } from '../../src/shared/locales.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.join(root, 'dist');

// The byte and round-trip budgets, over everything a page transfers, are in budget.test.ts.

async function jsFiles(): Promise<string[]> {
  const assets = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => path.join(dist, 'assets', f));
  return [path.join(dist, 'ore-kit.js'), ...assets];
}

/** Every JS file that loading `start` pulls in, statically or lazily, following relative imports. */
async function closure(start: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      await visit(path.resolve(path.dirname(file), spec));
    }
  };
  await visit(start);
  return [...seen];
}

describe('production build', () => {
  it('has the one-script entry, the gallery, catalogs and static card pages for every locale', async () => {
    for (const file of ['ore-kit.js', 'index.html', 'cards/ore-card-page.css']) await stat(path.join(dist, file));
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    assert.ok(en.cards.length >= 3);
    for (const locale of LOCALE_CODES) {
      const index = JSON.parse(await readFile(path.join(dist, `content/${locale}/index.json`), 'utf8'));
      assert.equal(index.cards.length, en.cards.length, `${locale} has every card, translated or fallen back`);
      const page = await readFile(path.join(dist, `cards/${locale}/${en.cards[0].slug}.html`), 'utf8');
      assert.match(page, new RegExp(`<html lang="${locale}"`));
    }
  });

  it('has a static poster page per object and locale, readable without scripts', async () => {
    await stat(path.join(dist, 'objects/ore-object-page.css'));
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    assert.ok(en.objects.length >= 6);
    for (const locale of LOCALE_CODES) {
      for (const { slug } of en.objects) {
        const page = await readFile(path.join(dist, `objects/${locale}/${slug}.html`), 'utf8');
        assert.match(page, new RegExp(`<html lang="${locale}"`));
        assert.doesNotMatch(page, /<script/i);
      }
    }
  });

  it('ships no markdown, YAML parser, schema library or markdown engine to the browser', async () => {
    const all = await readdir(dist, { recursive: true });
    assert.deepEqual(all.filter((f) => String(f).endsWith('.md')), []);
    for (const file of await jsFiles()) {
      const code = await readFile(file, 'utf8');
      for (const marker of ['markdown-it', 'ZodError', 'gray-matter', 'YAMLParseError']) {
        assert.ok(!code.includes(marker), `${path.relative(dist, file)} contains ${marker}`);
      }
    }
  });

  it('has none of the pseudo-locales (en-XA, ar-XB): no catalog, page, string or language-list entry', async () => {
    const files = (await readdir(dist, { recursive: true })).map(String);
    assert.deepEqual(files.filter((file) => /en-XA|ar-XB/.test(file)), []);
    for (const file of files.filter((f) => /\.(js|html|json)$/.test(f))) {
      const text = await readFile(path.join(dist, file), 'utf8');
      assert.ok(!/en-XA|ar-XB|Pseudo/.test(text), `${file} mentions a pseudo-locale`);
    }
  });

  it("never asks Vite's preload helper to add <link> tags to the host page", async () => {
    for (const file of await closure(path.join(dist, 'ore-kit.js'))) {
      const code = await readFile(file, 'utf8');
      // The helper is called as helper(() => import(chunk), [deps…], base); any dependency would become a <link>.
      const withDependencies = code.match(/import\([^)]*\),\[[^\]]+\]/g) ?? [];
      assert.deepEqual(withDependencies, [], `${path.relative(dist, file)} preloads through the host's <head>`);
    }
  });
});

describe('embedding from another origin', () => {
  let browser: Browser;
  let kit: Served;
  let host: Served;

  const csp = (kitOrigin: string) =>
    [
      `script-src 'self' ${kitOrigin}`,
      "style-src 'self'",
      `connect-src 'self' ${kitOrigin}`,
      "require-trusted-types-for 'script'",
      "trusted-types lit-html ore-kit 'allow-duplicates'",
    ].join('; ');

  before(async () => {
    const executablePath = findChrome();
    assert.ok(executablePath, 'Chrome/Chromium is needed: see scripts/find-chrome.mjs');
    kit = await serveDirectory(dist);
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    const slug: string = en.cards[0].slug;
    const page = (body: string) => ({
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
        <script type="module" src="${kit.origin}/ore-kit.js"></script></head><body>${body}</body></html>`,
      headers: { 'Content-Security-Policy': csp(kit.origin) },
    });
    host = await servePages({
      '/card.html': page(`<ore-card id="subject" card="${slug}"><a href="${kit.origin}/cards/en/${slug}.html">fallback link</a></ore-card>`),
      '/two-languages.html': page(`<ore-card id="en" card="${slug}" lang="en"></ore-card><div lang="de"><ore-card id="de" card="${slug}"></ore-card></div>`),
      '/unknown.html': page('<ore-card id="subject" card="no-such-card"></ore-card>'),
      '/all.html': page(['en', 'de'].map((lang) => everyElement(en, lang, (tag) => `id="${tag}-${lang}"`)).join('')),
      '/twice.html': {
        ...page(`<ore-card id="subject" card="${slug}"></ore-card>`),
        body: page(`<ore-card id="subject" card="${slug}"></ore-card>`).body.replace(
          '</head>',
          `<script type="module" src="${kit.origin}/ore-kit.js?copy=2"></script></head>`,
        ),
      },
    });
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await kit?.close();
    await host?.close();
  });

  /** Opens a host page and records everything that would tell a site owner something is wrong. */
  async function open(file: string) {
    const page: Page = await browser.newPage();
    const problems: string[] = [];
    const warnings: string[] = [];
    const origins = new Set<string>();
    page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      if (message.type() === 'warn') warnings.push(message.text());
    });
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      (window as unknown as { oreEvents: string[] }).oreEvents = [];
      for (const type of ['ore-ready', 'ore-error']) {
        document.addEventListener(type, (event) => (window as unknown as { oreEvents: string[] }).oreEvents.push(`${type}:${JSON.stringify((event as CustomEvent).detail)}`));
      }
    });
    await page.goto(`${host.origin}/${file}`, { waitUntil: 'load' });
    return { page, problems, warnings, origins };
  }

  const shadowText = (page: Page, id: string, selector: string) =>
    page.waitForFunction(
      (id, selector) => document.getElementById(id)?.shadowRoot?.querySelector(selector)?.textContent?.trim() || false,
      { timeout: 10_000 },
      id,
      selector,
    ).then((handle) => handle.jsonValue() as Promise<string>);

  it('shows the card, with zero CSP violations, no errors and no third-party requests', async () => {
    const { page, problems, origins } = await open('card.html');
    const title = await shadowText(page, 'subject', '[part~="title"]');
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    assert.equal(title, en.cards[0].title);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { oreEvents: string[] }).oreEvents), ['ore-ready:{}']);
    assert.deepEqual(problems, []);
    assert.deepEqual([...origins].sort(), [host.origin, kit.origin].sort());
    const headLinks = await page.evaluate(() => document.head.querySelectorAll('link').length);
    assert.equal(headLinks, 0, 'the kit adds nothing to the host page <head>');
    await page.close();
  });

  it('two cards in two languages side by side', async () => {
    const { page, problems } = await open('two-languages.html');
    const english = await shadowText(page, 'en', '[part~="sources"] h3');
    const german = await shadowText(page, 'de', '[part~="sources"] h3');
    assert.equal(english, 'Sources');
    assert.equal(german, 'Quellen');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('an unknown slug: a readable message, an ore-error event, a warning, nothing thrown', async () => {
    const { page, problems: all, warnings } = await open('unknown.html');
    const message = await shadowText(page, 'subject', '[part~="error"]');
    // The card's own file answers 404 (there is no index to ask first); Chromium logs that one request.
    const notFound = all.filter((p) => /Failed to load resource: .*404/.test(p));
    assert.equal(notFound.length, 1, all.join('\n'));
    const problems = all.filter((p) => !notFound.includes(p));
    assert.match(message, /There is no card called “no-such-card”/);
    const events = await page.evaluate(() => (window as unknown as { oreEvents: string[] }).oreEvents);
    assert.equal(events.length, 1);
    assert.match(events[0], /^ore-error:\{"code":"unknown-card"/);
    assert.ok(warnings.some((w) => w.includes('no-such-card')), warnings.join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('all five elements on one page, in two languages side by side', async () => {
    const { page, problems, origins } = await open('all.html');
    const tags = ['banner', 'card', 'deck', 'quiz', 'glossary', 'explorer'];
    await page.waitForFunction(
      (tags) => tags.every((tag) => ['en', 'de'].every((lang) => document.getElementById(`${tag}-${lang}`)?.dataset.state === 'complete')),
      { timeout: 15_000 },
      tags,
    );
    const languages = await page.evaluate(
      (tags) => tags.map((tag) => ['en', 'de'].map((lang) => document.getElementById(`${tag}-${lang}`)!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'))),
      tags,
    );
    assert.deepEqual(languages, tags.map(() => ['en', 'de']));
    const glossaryLabels = await page.evaluate(() =>
      ['en', 'de'].map((lang) => document.getElementById(`glossary-${lang}`)!.shadowRoot!.querySelector('[part~="filter-label"]')!.textContent!.trim()),
    );
    assert.notEqual(glossaryLabels[0], glossaryLabels[1], 'the German glossary is labelled in German');
    // Choosing a part renders new markup under the strict CSP and Trusted Types, too.
    await page.evaluate(() => document.getElementById('explorer-de')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="part-button"]')!.click());
    await page.waitForFunction(() => !!document.getElementById('explorer-de')!.shadowRoot!.querySelector('[part~="detail-title"]'), { timeout: 5_000 });
    assert.deepEqual(problems, []);
    assert.deepEqual([...origins].sort(), [host.origin, kit.origin].sort());
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
    assert.deepEqual(stored, [0, 0, ''], 'no storage writes, no cookies');
    await page.close();
  });

  // The gallery became the configurator: tests/smoke/embed.test.ts drives it.

  it('each object page prints as a one-page A4 poster', async () => {
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    const pages = [...en.objects.map((o: { slug: string }) => `en/${o.slug}`), ...LOCALE_CODES.map((locale) => `${locale}/${en.objects[0].slug}`)];
    const page: Page = await browser.newPage();
    for (const file of pages) {
      await page.goto(`${kit.origin}/objects/${file}.html`, { waitUntil: 'load' });
      const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
      const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.equal(sheets, 1, `objects/${file}.html prints on ${sheets} pages`);
    }
    await page.close();
  });

  it('loading the kit twice raises no error, and fetches the card once', async () => {
    const before = kit.requests.length;
    const { page, problems } = await open('twice.html');
    await shadowText(page, 'subject', '[part~="title"]');
    assert.deepEqual(problems, []);
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    const card = kit.requests.slice(before).filter((p) => p === `/content/en/cards/${en.cards[0].slug}.json`);
    assert.equal(card.length, 1, 'both copies of the entry started the same request');
    await page.close();
  });
});
