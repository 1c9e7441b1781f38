/**
 * The translation status page of the built site (dist/status.html): it shows the figures of the
 * report the build wrote (dist/content/i18n-status.json), in the language asked for, with
 * proper table headers, readable at 320 px and in the dark, and linked from the gallery.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory, type Served } from './serve.ts';
import { intlTag } from '../../src/shared/locales.ts';
import type { Count, I18nStatus, ItemStatus, LocaleStatus } from '../../src/shared/i18n-status.ts';
import { axeAudit } from './pages.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.join(root, 'dist');
const readJson = async <T>(file: string) => JSON.parse(await readFile(path.join(dist, file), 'utf8')) as T;
const report = await readJson<I18nStatus>('content/i18n-status.json');

/** The page's own words in `lang`, from the site strings the build wrote (so the test hard-codes no translation). */
async function wordsOf(lang: string): Promise<(key: string, vars?: Record<string, string>) => string> {
  const site = await readJson<{ status: Record<string, string>; gallery: Record<string, string>; page: Record<string, string> }>(`content/${lang}/site.json`);
  return (key, vars = {}) => {
    const [section, name] = key.split('.') as ['status' | 'gallery' | 'page', string];
    return site[section][name].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => vars[v] ?? '');
  };
}

let browser: Browser;
let kit: Served;

before(async () => {
  const executablePath = findChrome();
  assert.ok(executablePath, 'Chrome/Chromium is needed: see scripts/find-chrome.mjs');
  kit = await serveDirectory(dist);
  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await kit?.close();
});

/** Opens the page; `replace` serves another report in place of the built one. */
async function open(query: string, options: { width?: number; scheme?: 'light' | 'dark'; replace?: I18nStatus } = {}) {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url ?? '')) problems.push(`console.error: ${message.text()}`);
  });
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.scheme ?? 'light' }]);
  if (options.replace) {
    const body = JSON.stringify(options.replace);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/content/i18n-status.json')) void request.respond({ status: 200, contentType: 'application/json', body });
      else void request.continue();
    });
  }
  await page.goto(`${kit.origin}/status.html${query}`, { waitUntil: 'load' });
  await page.waitForSelector('#matrix tbody tr', { timeout: 10_000 });
  return { page, problems };
}

/** Each row of the matrix: its locale, the header's text and lang, and each cell's main figure and counts. */
const matrixOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableRowElement>('#matrix tbody tr')].map((row) => ({
      locale: row.dataset.locale!,
      nameLang: row.querySelector('th [lang]')?.getAttribute('lang'),
      name: row.querySelector('th [lang]')?.textContent,
      cells: Object.fromEntries(
        [...row.querySelectorAll<HTMLTableCellElement>('td')].map((td) => [
          td.dataset.collection!,
          { main: td.querySelector('.cell-main')!.textContent, words: td.querySelector('.cell-words')?.textContent, counts: [...td.querySelectorAll('li')].map((li) => li.textContent) },
        ]),
      ),
    })),
  );

const summaries = (locale: LocaleStatus): [string, Omit<typeof locale.content, never>][] => [
  ...Object.entries(locale.collections),
  ['all', locale.content],
];

describe('dist/status.html', () => {
  it('shows every locale with its own name, and every cell the figures of i18n-status.json, in German', async () => {
    const { page, problems } = await open('?lang=de');
    const t = await wordsOf('de');
    const number = new Intl.NumberFormat(intlTag('de'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await page.title(), t('status.title'));
    const rows = await matrixOf(page);
    assert.deepEqual(rows.map((r) => r.locale), report.locales.map((l) => l.code));
    for (const [row, locale] of rows.map((r, i) => [r, report.locales[i]] as const)) {
      assert.equal(row.name, locale.name, 'the native name');
      assert.equal(row.nameLang, locale.code, 'marked with its language');
      for (const [collection, summary] of summaries(locale)) {
        const done = summary.reviewed.items + summary.machine.items;
        assert.equal(row.cells[collection].main, t('status.ofTotal', { done: number.format(done), total: number.format(summary.total.items) }), `${locale.code} ${collection}`);
        const machine = t('status.count', { label: t('status.machine'), count: number.format(summary.machine.items) });
        assert.equal(row.cells[collection].counts.includes(machine), summary.machine.items > 0, `${locale.code} ${collection}: ${machine}`);
      }
      const ui = t('status.ofTotal', { done: number.format(locale.ui.current), total: number.format(locale.ui.total) });
      assert.equal(row.cells.ui.main, ui, `${locale.code} UI strings`);
    }
    // The words of one locale's detail table, by collection and state.
    const fi = report.locales.find((l) => l.code === 'fi')!;
    const words = await page.evaluate(() =>
      [...document.querySelectorAll('#locale-fi table.words tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    assert.deepEqual(
      words,
      summaries(fi).map(([, s]) => [s.reviewed, s.machine, s.stale, s.missing, s.total].map((c) => number.format(c.words))),
    );
    const raw = await page.evaluate(() => document.body.innerText.match(/\b(status|gallery|page)\.[a-z]+\w*/gi) ?? []);
    assert.deepEqual(raw, [], 'no label shows a raw key');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a table with column and row headers and a caption, for screen readers', async () => {
    const { page } = await open('?lang=fi');
    const shape = await page.evaluate(() => {
      const table = document.querySelector('#matrix')!;
      return {
        caption: table.querySelector('caption')?.textContent,
        columns: table.querySelectorAll('thead th[scope="col"]').length,
        rowHeaders: table.querySelectorAll('tbody th[scope="row"]').length,
        rows: table.querySelectorAll('tbody tr').length,
        region: document.querySelector('.matrix-scroll')!.getAttribute('aria-labelledby') === table.querySelector('caption')!.id,
      };
    });
    assert.equal(shape.caption, (await wordsOf('fi'))('status.caption'));
    assert.equal(shape.columns, Object.keys(report.locales[0].collections).length + 3, 'language, each collection, all content, UI strings');
    assert.equal(shape.rowHeaders, report.locales.length);
    assert.equal(shape.rows, report.locales.length);
    assert.ok(shape.region, 'the scrolling box is named by the caption');
    await page.close();
  });

  it('draws whatever the report says: stale and missing items one per line, linked terms, rounded shares', async () => {
    // A copy of the report where Finnish is a partial draft: two stale cards, three missing, a linked term and a missing UI string.
    const changed = structuredClone(report);
    const fi = changed.locales.find((l) => l.code === 'fi')!;
    const cards = fi.collections.cards.items;
    const stale = cards.slice(0, 2).map((i): ItemStatus => ({ ...i, state: 'stale', from: 'aaaaaaaaaaaa' }));
    const missing = cards.slice(2, 5).map((i): ItemStatus => ({ slug: i.slug, file: i.file, state: 'missing', hash: i.hash, words: i.words }));
    fi.collections.cards.items = [...stale, ...missing, ...cards.slice(5)];
    const recount = (items: ItemStatus[]) => {
      const zero = (): Count => ({ items: 0, words: 0 });
      const counts = { total: zero(), reviewed: zero(), machine: zero(), stale: zero(), missing: zero() };
      for (const item of items) for (const c of [counts.total, counts[item.state]]) (c.items++, (c.words += item.words));
      return counts;
    };
    Object.assign(fi.collections.cards, recount(fi.collections.cards.items));
    Object.assign(fi.content, recount(Object.values(fi.collections).flatMap((c) => c.items)));
    fi.complete = false;
    fi.progress = 'partial';
    fi.draft = true;
    fi.linkedTerms = [{ slug: 'cobalt', file: 'content/fi/glossary/cobalt.md', hash: 'bbbbbbbbbbbb', cards: ['cobalt-in-phone-batteries', 'lithium-batteries'] }];
    const key = fi.ui.keys[0];
    key.state = 'missing';
    fi.ui.current -= 1;
    fi.ui.missing += 1;

    const { page, problems } = await open('?lang=en#locale-fi', { replace: changed });
    const t = await wordsOf('en');
    const row = (await matrixOf(page)).find((r) => r.locale === 'fi')!;
    assert.equal(row.cells.cards.main, t('status.ofTotal', { done: String(cards.length - 5), total: String(cards.length) }));
    assert.ok(row.cells.cards.counts.includes(t('status.count', { label: t('status.stale'), count: '2' })), row.cells.cards.counts.join(' | '));
    assert.ok(row.cells.cards.counts.includes(t('status.count', { label: t('status.missing'), count: '3' })));
    const share = fi.collections.cards.machine.words / fi.collections.cards.total.words;
    assert.ok(share < 1 && row.cells.cards.words !== t('status.wordsShare', { percent: '100%' }), `never 100% while something is left: ${row.cells.cards.words}`);
    assert.ok(row.cells.ui.counts.includes(t('status.count', { label: t('status.missing'), count: '1' })));
    const badges = await page.evaluate(() => [...document.querySelectorAll('#matrix tr[data-locale="fi"] [data-progress]')].map((b) => b.textContent));
    assert.deepEqual(badges, [t('status.partial'), t('status.draft')]);

    const details = await page.evaluate(() => {
      const fi = document.querySelector<HTMLDetailsElement>('#locale-fi')!;
      return { open: fi.open, lines: [...fi.querySelectorAll('ul.todo li')].map((li) => li.textContent), headings: [...fi.querySelectorAll('h3')].map((h) => h.textContent) };
    });
    assert.ok(details.open, 'the link #locale-fi opens its details');
    assert.deepEqual(details.headings, [
      t('status.staleList', { count: '2' }),
      t('status.linkedList', { count: '1' }),
      t('status.missingList', { count: '3' }),
      t('status.uiList', { count: '1', file: 'locales/fi/ui.json' }),
    ]);
    for (const item of stale) assert.ok(details.lines.includes(`${item.file} translation.from: "aaaaaaaaaaaa" → "${item.hash}"`), `stale line for ${item.file}`);
    for (const item of missing) assert.ok(details.lines.includes(`${item.file} translation.from: "${item.hash}"`), `missing line for ${item.file}`);
    assert.ok(
      details.lines.includes(`content/fi/glossary/cobalt.md translation.from: "bbbbbbbbbbbb" ${t('status.linkedFrom', { cards: 'cobalt-in-phone-batteries and lithium-batteries' })}`),
      details.lines.join('\n'),
    );
    assert.ok(details.lines.some((line) => line?.startsWith(`${key.key} ${t('status.missing')}: `)), 'the missing UI string');
    const others = await page.evaluate(() => [...document.querySelectorAll<HTMLDetailsElement>('#details details')].filter((d) => d.open).length);
    assert.equal(others, 1, 'only the linked locale is open');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('fits 320 px: the page never scrolls sideways, the table scrolls in its own box, reachable by keyboard', async () => {
    const { page } = await open('?lang=el', { width: 320 });
    const fit = await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.matrix-scroll')!;
      return { page: document.documentElement.scrollWidth, box: box.scrollWidth > box.clientWidth, tabindex: box.tabIndex };
    });
    assert.ok(fit.page <= 320, `page width ${fit.page}`);
    assert.ok(fit.box, 'the table scrolls inside its box');
    assert.equal(fit.tabindex, 0);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`zero axe violations (WCAG 2.2 A/AA), ${scheme}, details open`, async () => {
      const { page } = await open('?lang=pl', { scheme });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const { found } = await axeAudit(page);
      assert.deepEqual(found, []);
      await page.close();
    });
  }

  it('the gallery links to it in the chosen language, and it links back', async () => {
    const page = await browser.newPage();
    await page.goto(`${kit.origin}/index.html?lang=sv`);
    await page.waitForFunction(() => document.documentElement.lang === 'sv' && document.querySelector('#status-link')?.textContent);
    const link = await page.evaluate(() => {
      const a = document.querySelector<HTMLAnchorElement>('#status-link')!;
      return { href: a.href, text: a.textContent };
    });
    assert.equal(link.text, (await wordsOf('sv'))('gallery.status'));
    assert.equal(link.href, `${kit.origin}/status.html?lang=sv`);
    await page.goto(link.href);
    await page.waitForSelector('#matrix tbody tr');
    const back = await page.evaluate(() => (document.getElementById('gallery-link') as HTMLAnchorElement).href);
    assert.equal(back, `${kit.origin}/index.html?lang=sv`);
    await page.close();
  });
});
