/**
 * The byte and round-trip budgets (README, "Performance"), measured on the built site the way a
 * host page on another origin loads it: every response from the kit's origin (code, UI strings,
 * content) counted gzip -9, next to the floor (Lit + i18next + the same JSON, bundled the same way
 * in the same run).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveKit, measurePage, floorBytes, fiveWidgets, gzip9, kb, type KitServer, type Transfer } from './transfer.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.join(root, 'dist');

/** Bytes, gzip -9, everything the kit's origin sends for the page. */
export const BUDGET = { entry: 3 * 1024, card: 30 * 1024, widgets: 55 * 1024 } as const;
/** Requests one after another until a card renders: ore-kit.js, then code, strings and content in parallel (and at most one more). */
export const ROUND_TRIPS = { card: 3 } as const;
/** Each response of the kit's origin waits this long, so sequential requests stand apart. */
const DELAY_MS = 120;

const describeTransfer = (t: Transfer) =>
  `${kb(t.bytes)} in ${t.requests} requests, ${t.roundTrips} round trips (${t.chain.map((level) => level.map((p) => path.basename(p)).join(' + ')).join(' → ')})`;

describe('what a page transfers for the kit (gzip -9, built site, Chromium)', () => {
  let browser: Browser;
  let kit: KitServer;
  let index: { cards: { slug: string; topic: string }[]; quizzes: { slug: string }[] };
  const report: string[] = [];

  before(async () => {
    kit = await serveKit(dist, DELAY_MS);
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    index = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
  });

  after(async () => {
    console.log(`# transfer budget (gzip -9; ${DELAY_MS} ms per response to separate round trips)\n${report.map((line) => `#   ${line}`).join('\n')}`);
    await browser?.close();
    await kit?.close();
  });

  it(`ore-kit.js stays within ${kb(BUDGET.entry)}`, async () => {
    const bytes = gzip9(await readFile(path.join(dist, 'ore-kit.js')));
    report.push(`ore-kit.js: ${kb(bytes)} (budget ${kb(BUDGET.entry)})`);
    assert.ok(bytes <= BUDGET.entry, `ore-kit.js is ${bytes} B gzipped, over ${BUDGET.entry} B`);
  });

  for (const lang of ['en', 'de']) {
    it(`one <ore-card> (${lang}) within ${kb(BUDGET.card)} and ${ROUND_TRIPS.card} round trips, against the floor`, async () => {
      const slug = index.cards[0].slug;
      const transfer = await measurePage(browser, kit, `<ore-card card="${slug}" lang="${lang}"></ore-card>`);
      assert.deepEqual(transfer.states, ['complete']);
      const floor = await floorBytes(root, [path.join(dist, `content/${lang}/cards/${slug}.json`)]);
      report.push(`one card (${lang}): ${describeTransfer(transfer)}; budget ${kb(BUDGET.card)}; floor ${kb(floor)} (Lit + i18next + the card's JSON)`);
      assert.ok(transfer.bytes <= BUDGET.card, `one card costs ${transfer.bytes} B, over ${BUDGET.card} B: ${describeTransfer(transfer)}`);
      assert.ok(transfer.roundTrips <= ROUND_TRIPS.card, `one card waits for ${transfer.roundTrips} requests in a row: ${describeTransfer(transfer)}`);
    });

    it(`all five widgets (${lang}) within ${kb(BUDGET.widgets)}, against the floor`, async () => {
      const transfer = await measurePage(browser, kit, fiveWidgets(index, lang));
      assert.deepEqual(transfer.states, ['complete', 'complete', 'complete', 'complete', 'complete']);
      const json = transfer.exchanges.filter((e) => e.path.startsWith('/content/') && e.path.endsWith('.json') && !e.path.endsWith('/ui.json'));
      const floor = await floorBytes(root, json.map((e) => path.join(dist, e.path)));
      report.push(`five widgets (${lang}): ${describeTransfer(transfer)}; budget ${kb(BUDGET.widgets)}; floor ${kb(floor)} (Lit + i18next + the content JSON fetched)`);
      assert.ok(transfer.bytes <= BUDGET.widgets, `five widgets cost ${transfer.bytes} B, over ${BUDGET.widgets} B: ${describeTransfer(transfer)}`);
    });
  }
});
