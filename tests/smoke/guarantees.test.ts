/**
 * Guarantees a school or a regional site relies on (README, "What ore-kit never does"), on the
 * built site loaded from another origin: many widgets on one page, a host stylesheet written to
 * break them, and a privacy record of everything the kit does while every widget is used.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveKit, fiveWidgets, type KitServer } from './transfer.ts';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');

/**
 * A theme written without the kit in mind, at its worst: inherited text styles on the body,
 * element, class, attribute and role selectors with !important on everything a card is made of.
 * (A rule that matches the `<ore-card>` element itself — `*` or `ore-card` — may restyle it: its
 * box is the host page's, and inherited properties set on it directly reach inside; and
 * `text-decoration` on an ancestor is drawn through shadow trees by the CSS rules: see README.)
 */
const HOSTILE_CSS = `
  body { color: #f0f; font-family: "Comic Sans MS", cursive, fantasy; line-height: 3; letter-spacing: .3em;
      word-spacing: 1em; text-transform: uppercase; text-align: right; text-shadow: 2px 2px red; font-style: italic;
      font-weight: 900; cursor: crosshair; }
  p, h1, h2, h3, h4, ul, ol, li, a, button, section, article, figure, figcaption, img, span, strong, em, dl, dt, dd, table,
  [part], [class], [role], body [lang], [id], .title, .card, svg, path, input, label {
      display: inline !important; margin: 3em !important; padding: 3em !important; border: 5px dashed lime !important;
      background: yellow !important; box-shadow: 0 0 10px red !important; transform: rotate(3deg) !important;
      color: red !important; font: italic 900 30px/4 fantasy !important; fill: red !important; stroke: blue !important;
      visibility: hidden !important; opacity: .2 !important; }
`;

describe('guarantees on a real host page', () => {
  let browser: Browser;
  let kit: KitServer;
  let host: http.Server;
  let origin: string;
  const pages = new Map<string, string>();
  let index: { cards: { slug: string; topic: string }[]; quizzes: { slug: string }[]; topics: { slug: string }[] };

  before(async () => {
    kit = await serveKit(dist, 0);
    index = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    host = http.createServer((req, res) => {
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const body = pages.get(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body ?? '');
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    host?.closeAllConnections();
    await new Promise((resolve) => host?.close(resolve));
    await kit?.close();
  });

  const page = (body: string, head = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>${head}
      <script type="module" src="${kit.origin}/ore-kit.js"></script></head><body>${body}</body></html>`;

  async function open(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
    pages.set(`/${name}`, html);
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
    });
    await tab.goto(`${origin}/${name}`);
    return { page: tab, problems };
  }

  const allSettled = (tab: Page, timeout = 60_000) =>
    tab.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll<HTMLElement>('ore-card, ore-banner, ore-deck, ore-quiz, ore-glossary')];
        return elements.length > 0 && elements.every((e) => e.dataset.state === 'complete' || e.dataset.state === 'error') && elements.map((e) => e.dataset.state);
      },
      { timeout, polling: 100 },
    );

  it('200 cards and 20 banners on one page all render, with no error or warning', async () => {
    const cards = Array.from({ length: 200 }, (_, i) => `<ore-card card="${index.cards[i % index.cards.length].slug}"></ore-card>`);
    const banners = Array.from({ length: 20 }, (_, i) => `<ore-banner topic="${index.topics[i % index.topics.length].slug}"></ore-banner>`);
    const { page: tab, problems } = await open('many.html', page([...banners, ...cards].join('\n')));
    const states = (await (await allSettled(tab)).jsonValue()) as string[];
    assert.equal(states.length, 220);
    assert.deepEqual([...new Set(states)], ['complete']);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it("a host stylesheet that restyles everything changes none of a card's pixels", async () => {
    const slug = index.cards[0].slug;
    // Same box on both pages: the host may size the element, so both give it the same width.
    const body = `<ore-card card="${slug}" style="inline-size: 640px"></ore-card>`;
    const shots: Buffer[] = [];
    for (const [name, head] of [
      ['plain.html', ''],
      ['hostile.html', `<style>${HOSTILE_CSS}</style>`],
    ]) {
      const { page: tab, problems } = await open(name, page(body, head));
      await tab.setViewport({ width: 900, height: 1400 });
      await allSettled(tab);
      // Settled is not yet painted: a card comes into view (content-visibility: auto) at the next frame.
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const element = await tab.$("ore-card");
      shots.push(Buffer.from(await element!.screenshot()));
      if (process.env.ORE_SHOTS) await (await import('node:fs/promises')).writeFile(path.join(process.env.ORE_SHOTS, name + '.png'), shots.at(-1)!);
      assert.deepEqual(problems, []);
      await tab.close();
    }
    assert.ok(shots[0].equals(shots[1]), 'the card looks different under the host stylesheet');
  });

  it('privacy: while every widget loads and is used, nothing but the kit is asked, nothing is stored', async () => {
    const requests: string[] = [];
    pages.set('/privacy.html', page(fiveWidgets(index, 'de')));
    const tab = await browser.newPage();
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(`${origin}/privacy.html`);
    await allSettled(tab);
    // Use them: answer a quiz question, page the deck, filter the glossary.
    await tab.evaluate(() => {
      const quiz = document.querySelector('ore-quiz')!.shadowRoot!;
      (quiz.querySelector('input[type="radio"]') as HTMLInputElement | null)?.click();
      (quiz.querySelector('[part~="action"]') as HTMLButtonElement | null)?.click();
      (document.querySelector('ore-deck')!.shadowRoot!.querySelector('[part~="next"]') as HTMLButtonElement | null)?.click();
      const filter = document.querySelector('ore-glossary')!.shadowRoot!.querySelector('input') as HTMLInputElement | null;
      if (filter) {
        filter.value = 'li';
        filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const origins = [...new Set(requests.map((url) => new URL(url).origin))].sort();
    assert.deepEqual(origins, [origin, kit.origin].sort(), requests.join('\n'));
    const stored = await tab.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '', databases: 0, caches: 0 });
    const cookies = await browser.defaultBrowserContext().cookies();
    assert.deepEqual(cookies, [], 'no cookie on any origin');
    await tab.close();
  });
});
