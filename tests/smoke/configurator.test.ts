/**
 * The configurator (`dist/index.html`) from another origin: every language, 320 px and the
 * keyboard, finding content and copying its snippets, each snippet pasted into a fresh page; and
 * axe over the embedding pages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCALE_CODES } from '../../src/shared/locales.ts';
import { axeAudit } from './pages.ts';
import { dist, en, quiz, browser, kit, host, pages, hostPage, open, frameOf, widgetIn, fitted } from './embed-harness.ts';

describe('the configurator (dist/index.html)', () => {
  it('works in every language of the kit, ?lang= matched as the kit does', async () => {
    const page = await browser.newPage();
    const seen = new Map<string, string>();
    for (const [query, expected] of [['pt-BR', 'pt'], ['xx-YY', 'en'], ...LOCALE_CODES.map((l) => [l, l])]) {
      await page.goto(`${kit.origin}/index.html?lang=${query}`);
      const labels = await page
        .waitForFunction(
          (expected) =>
            document.documentElement.lang === expected &&
            document.querySelector('[data-ui="gallery.widget"]')?.textContent &&
            document.querySelector<HTMLSelectElement>('#pick-card')!.options.length > 0 && {
              label: document.querySelector('[data-ui="gallery.copyScript"]')!.textContent!,
              raw: [...document.querySelectorAll('[data-ui]')].filter((n) => /^(gallery|page|glossary)\./.test(n.textContent ?? '')).length,
            },
          { timeout: 10_000 },
          expected,
        )
        .then((h) => h.jsonValue() as Promise<{ label: string; raw: number }>);
      assert.equal(labels.raw, 0, `${query}: no label shows a raw key`);
      seen.set(expected, labels.label);
    }
    assert.equal(new Set(LOCALE_CODES.map((l) => seen.get(l))).size, LOCALE_CODES.length, 'each language has its own labels');
    await page.close();
  });

  it('fits 320 px without horizontal scrolling, and is usable by keyboard', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    await page.goto(`${kit.origin}/index.html?lang=el`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#preview > *')?.dataset.state === 'complete', { timeout: 15_000 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scroll at 320 px');
    // Tab to the widget list and change it with the keyboard alone.
    await page.focus('#widget');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('#preview > *')?.localName === 'ore-deck', { timeout: 5_000 });
    await page.close();
  });

  it('a person finds a quiz in Polish by searching, and copies its snippets (each button says it copied)', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await context.overridePermissions(kit.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.goto(`${kit.origin}/index.html?lang=pl`);
    await page.waitForFunction(() => document.documentElement.lang === 'pl' && document.querySelector<HTMLSelectElement>('#pick-card')!.options.length > 0);
    await page.select('#widget', 'quiz');
    const pl = JSON.parse(await readFile(path.join(dist, 'content/pl/index.json'), 'utf8'));
    const wanted = pl.quizzes[1];
    await page.type('#pick-quiz-search', wanted.title.slice(0, 12));
    const options = await page.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('#pick-quiz option')].map((o) => o.value));
    assert.ok(options.includes(wanted.slug) && options.length < pl.quizzes.length + 1, options.join());
    await page.select('#pick-quiz', wanted.slug);
    await page.waitForFunction((slug) => document.querySelector('#preview > ore-quiz')?.getAttribute('quiz') === slug, {}, wanted.slug);
    for (const kind of ['script', 'iframe', 'link']) {
      await page.click(`[data-copy="snippet-${kind}"]`);
      const status = await page.waitForFunction((kind) => document.querySelector(`[data-kind="${kind}"] .copy-status`)?.textContent, {}, kind).then((h) => h.jsonValue());
      assert.equal(status, 'Skopiowano.');
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(clipboard, await page.evaluate((kind) => document.getElementById(`snippet-${kind}`)!.textContent, kind));
    }
    await context.close();
  });

  it('a deck of particular cards: several chosen, kept while searching, written as cards=', async () => {
    const page = await browser.newPage();
    await page.goto(`${kit.origin}/index.html?lang=sv&widget=deck`);
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#pick-cards')!.options.length > 0);
    const [a, b] = [en.cards[0].slug, en.cards[1].slug];
    await page.select('#pick-cards', a, b);
    await page.type('#pick-cards-search', 'zzzz-nothing');
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#pick-cards')!.options.length === 0);
    await page.select('#widget', 'deck');
    const snippet = await page.waitForFunction(() => document.getElementById('snippet-script')!.textContent).then((h) => h.jsonValue());
    const cards = /cards="([^"]+)"/.exec(snippet ?? '')?.[1]?.split(',').sort();
    assert.deepEqual(cards, [a, b].sort());
    assert.equal(await page.evaluate(() => document.querySelector('#preview > ore-deck')!.getAttribute('cards')?.split(',').length), 2);
    await page.close();
  });

  it('for each widget, each snippet pasted into a fresh page on another origin works', async () => {
    const page = await browser.newPage();
    await page.goto(`${kit.origin}/index.html?lang=de`);
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#pick-card')!.options.length > 0);
    const widgets = await page.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('#widget option')].map((o) => o.value));
    assert.ok(['card', 'deck', 'banner', 'quiz', 'glossary'].every((w) => widgets.includes(w)), widgets.join());
    for (const widget of widgets) {
      await page.select('#widget', widget);
      await page.waitForFunction((tag) => document.querySelector<HTMLElement>('#preview > *')?.localName === tag, {}, `ore-${widget}`);
      const snippets = await page.evaluate(() => Object.fromEntries(['script', 'iframe', 'link'].map((k) => [k, document.getElementById(`snippet-${k}`)!.textContent!])));

      // The script snippet.
      pages[`/paste-script-${widget}.html`] = hostPage(snippets.script);
      const script = await open(`${host.origin}/paste-script-${widget}.html`);
      const state = await script.page
        .waitForFunction((tag) => ['complete', 'error'].includes(document.querySelector<HTMLElement>(tag)?.dataset.state ?? '') && document.querySelector<HTMLElement>(tag)!.dataset.state, { timeout: 15_000 }, `ore-${widget}`)
        .then((h) => h.jsonValue() as Promise<unknown>);
      assert.equal(state, 'complete', `${widget}: script snippet`);
      assert.deepEqual(script.problems, []);
      await script.page.close();

      // The same snippet where a platform strips scripts and unknown tags: its fallback is a block link with its own lang.
      const stripped = snippets.script.replace(/<script[^>]*><\/script>\n?/, '').replace(/<\/?ore-[a-z]+[^>]*>/g, '');
      pages[`/stripped-${widget}.html`] = hostPage(stripped);
      const bare = await open(`${host.origin}/stripped-${widget}.html`, { javascript: false });
      const fallback = await bare.page.evaluate(() => {
        const a = document.querySelector('a')!;
        return { parent: a.parentElement!.localName, lang: a.parentElement!.lang, display: getComputedStyle(a.parentElement!).display, href: a.href };
      });
      assert.deepEqual([fallback.parent, fallback.lang, fallback.display], ['p', 'de', 'block'], `${widget}: fallback`);
      assert.equal((await fetch(fallback.href)).status, 200, `${widget}: fallback ${fallback.href}`);
      await bare.page.close();

      // The iframe snippet.
      pages[`/paste-iframe-${widget}.html`] = hostPage(snippets.iframe.replace('<iframe ', '<iframe id="f" '));
      const iframe = await open(`${host.origin}/paste-iframe-${widget}.html`);
      const frame = await frameOf(iframe.page, 'f');
      assert.equal((await widgetIn(frame)).state, 'complete', `${widget}: iframe snippet`);
      const { outer, inner } = await fitted(iframe.page, 'f', frame);
      assert.ok(Math.abs(outer - inner) <= 1, `${widget}: iframe ${outer}px for content ${inner}px`);
      assert.deepEqual(iframe.problems, []);
      await iframe.page.close();

      // The link: a page that reads without JavaScript, in German.
      const link = await open(snippets.link, { javascript: false });
      assert.equal(link.status, 200, `${widget}: ${snippets.link}`);
      assert.equal(await link.page.evaluate(() => document.documentElement.lang), 'de');
      await link.page.close();
    }
    await page.close();
  });
});

describe('accessibility of the embedding pages', () => {
  it('the configurator, an embed error, a worksheet, the glossary and a topic page: zero axe violations (WCAG 2.2 A/AA)', async () => {
    const urls = [
      `${kit.origin}/index.html?lang=pl&widget=quiz`,
      `${kit.origin}/index.html?lang=de&widget=banner&theme=dark`,
      `${kit.origin}/embed.html?widget=crad&lang=fi`,
      `${kit.origin}/quizzes/cs/${quiz}.html`,
      `${kit.origin}/glossary/el/`,
      `${kit.origin}/topics/es/${en.topics[0].slug}.html`,
    ];
    for (const url of urls) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        () => !document.querySelector('#preview') || document.querySelector<HTMLElement>('#preview > *')?.dataset.state === 'complete' || document.querySelector('[role="alert"]'),
        { timeout: 15_000 },
      );
      if (url.includes('embed.html')) await page.waitForSelector('[role="alert"]');
      // A banner fades its first fact in: measured mid-fade, its colours would read as low contrast.
      if (url.includes('widget=banner')) await new Promise((r) => setTimeout(r, 1500));
      const { found } = await axeAudit(page);
      assert.deepEqual(found, [], url);
      await page.close();
    }
  });
});
