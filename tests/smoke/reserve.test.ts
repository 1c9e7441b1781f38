/**
 * ore-kit.css reserves, before ore-kit.js has run, exactly the box each element then draws
 * itself: a host that links it sees no layout shift at all, even at the moment of definition.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory, servePages, type Served } from './serve.ts';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');

const VARIANTS = [
  '<ore-card card="cobalt-in-phone-batteries"><p><a href="#">fallback</a></p></ore-card>',
  '<ore-card card="cobalt-in-phone-batteries" variant="compact"><p><a href="#">fallback</a></p></ore-card>',
  '<ore-deck topic="circular-economy"></ore-deck>',
  '<ore-deck topic="circular-economy" layout="grid"></ore-deck>',
  '<ore-banner topic="green-mining"></ore-banner>',
  '<ore-quiz quiz="green-mining"></ore-quiz>',
  '<ore-glossary></ore-glossary>',
  '<ore-glossary term="tailings"></ore-glossary>',
];

describe('ore-kit.css: space reserved before the script runs', () => {
  let browser: Browser;
  let kit: Served;
  let host: Served;

  before(async () => {
    kit = await serveDirectory(dist);
    const body = VARIANTS.map((v) => `<div class="slot">${v}</div>`).join('\n');
    const page = (width: number) => ({
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
        <link rel="stylesheet" href="${kit.origin}/ore-kit.css"><style>.slot{inline-size:${width}px;margin-block:8px}</style></head>
        <body>${body}</body></html>`,
    });
    host = await servePages({ '/w250.html': page(250), '/w650.html': page(650), '/w1100.html': page(1100) });
    browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    await kit?.close();
    await host?.close();
  });

  for (const width of [250, 650, 1100]) {
    it(`at ${width} px every element keeps the height ore-kit.css gave it once it is defined and loaded`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${host.origin}/w${width}.html`);
      const heights = () => page.evaluate(() => [...document.querySelectorAll('.slot > *')].map((e) => e.getBoundingClientRect().height));
      const reserved = await heights();
      assert.ok(reserved.every((h) => h > 40), `space is reserved: ${reserved.join(', ')}`);
      await page.addScriptTag({ url: `${kit.origin}/ore-kit.js`, type: 'module' });
      await page.waitForFunction(
        () => [...document.querySelectorAll<HTMLElement>('.slot > *')].every((e) => e.dataset.state === 'complete'),
        { timeout: 20_000 },
      );
      const drawn = await heights();
      const off = VARIANTS.map((variant, i) => [variant.slice(0, 50), reserved[i], drawn[i]] as const).filter(([, r, d]) => Math.abs(r - d) > 1);
      assert.deepEqual(off, [], 'reserved vs drawn height');
      await page.close();
    });
  }
});
