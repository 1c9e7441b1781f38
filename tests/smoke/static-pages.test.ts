/**
 * The static pages on a phone: a title with a long word (Finnish, German compounds) wraps inside
 * a 320 px screen instead of pushing the page sideways. For each locale, the card page, topic page
 * and object poster whose title has that locale's longest word.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory, type Served } from './serve.ts';
import { LOCALE_CODES } from '../../src/shared/locales.ts';
import { catalogPaths, type CatalogIndex } from '../../src/shared/catalog.ts';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');
const longestWord = (title: string) => Math.max(...title.split(/[\s/–-]+/).map((word) => [...word].length));
const withLongestWord = <T extends { title: string }>(list: T[]) => list.reduce((a, b) => (longestWord(b.title) > longestWord(a.title) ? b : a));

describe('static pages at 320 px', () => {
  let browser: Browser;
  let kit: Served;
  before(async () => {
    kit = await serveDirectory(dist);
    browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    await kit?.close();
  });

  it('no title pushes a card page, topic page or object poster wider than the screen, in any locale', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const locale of LOCALE_CODES) {
      const index = JSON.parse(await readFile(path.join(dist, catalogPaths.index(locale)), 'utf8')) as CatalogIndex;
      const pages = [
        catalogPaths.cardPage(locale, withLongestWord(index.cards).slug),
        catalogPaths.topicPage(locale, withLongestWord(index.topics).slug),
        catalogPaths.objectPage(locale, withLongestWord(index.objects).slug),
      ];
      for (const file of pages) {
        await page.goto(`${kit.origin}/${file}`, { waitUntil: 'load' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${file}: ${width} px`);
      }
    }
    await page.close();
    assert.deepEqual(wide, [], 'pages wider than a 320 px screen');
  });
});
