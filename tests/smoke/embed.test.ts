/**
 * Every embedding route of the production build, from a host page on another loopback origin:
 * the iframe (`embed.html`, also sandboxed as WordPress does) with `ore-kit-frame.js` fitting
 * it, the resizer refusing messages it must not trust, the static pages without JavaScript and
 * on paper, oEmbed, and the configurator's snippets pasted into fresh pages.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory, servePages, type Served } from './serve.ts';
import { LOCALE_CODES } from '../../src/shared/locales.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.join(root, 'dist');
const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
const card: string = en.cards[0].slug;
const quiz: string = en.quizzes[0].slug;

let browser: Browser;
let kit: Served;
let evil: Served;
let host: Served;
/** Host pages by path; tests add their own before opening them. */
const pages: Record<string, { body: string; headers?: Record<string, string> }> = {};

const hostPage = (body: string, head = '') => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>${head}</head><body style="margin:0">${body}</body></html>`,
});

before(async () => {
  const executablePath = findChrome();
  assert.ok(executablePath, 'Chrome/Chromium is needed: see scripts/find-chrome.mjs');
  kit = await serveDirectory(dist);
  host = await servePages(pages);
  evil = await servePages({});
  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await Promise.all([kit?.close(), host?.close(), evil?.close()]);
});

async function open(url: string, options: { javascript?: boolean } = {}) {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  if (options.javascript === false) await page.setJavaScriptEnabled(false);
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, problems, status: response?.status() };
}

/** The frame of the iframe `#id`, once it has loaded the kit's embed page. */
async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle!.contentFrame();
  assert.ok(frame, `#${id} has a frame`);
  return frame;
}

/** Waits for the widget in an embed frame to be rendered and returns its tag and state. */
const widgetIn = (frame: Frame) =>
  frame
    .waitForFunction(
      () => {
        const element = document.querySelector<HTMLElement>('#widget > *');
        return element && ['complete', 'error'].includes(element.dataset.state ?? '') && { tag: element.localName, state: element.dataset.state, lang: element.getAttribute('lang') };
      },
      { timeout: 15_000 },
    )
    .then((h) => h.jsonValue() as Promise<{ tag: string; state: string; lang: string }>);

/** Waits until the iframe's height equals its content's height (within a pixel), and returns both. */
async function fitted(page: Page, id: string, frame: Frame): Promise<{ outer: number; inner: number }> {
  let sizes = { outer: 0, inner: -1 };
  for (let i = 0; i < 50; i++) {
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.evaluate((id) => document.getElementById(id)!.clientHeight, id);
    sizes = { outer, inner };
    if (Math.abs(outer - inner) <= 1) return sizes;
    await new Promise((r) => setTimeout(r, 100));
  }
  return sizes;
}

describe('the iframe route (embed.html + ore-kit-frame.js)', () => {
  for (const sandboxed of [false, true]) {
    it(`a card in Finnish fits its iframe on another origin${sandboxed ? ', sandboxed as WordPress does (allow-scripts only)' : ''}`, async () => {
      const file = `/frame-${sandboxed}.html`;
      const sandbox = sandboxed ? ' sandbox="allow-scripts"' : '';
      pages[file] = hostPage(
        `<iframe id="f" src="${kit.origin}/embed.html?widget=card&card=${card}&lang=fi&theme=dark&accent=%2300594f" title="card" width="400" height="300"${sandbox} style="border:0"></iframe>`,
        `<script src="${kit.origin}/ore-kit-frame.js"></script>`,
      );
      const { page, problems } = await open(host.origin + file);
      const frame = await frameOf(page, 'f');
      assert.deepEqual(await widgetIn(frame), { tag: 'ore-card', state: 'complete', lang: 'fi' });
      const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ore-color-accent').trim());
      assert.equal(accent, '#00594f');
      const { outer, inner } = await fitted(page, 'f', frame);
      assert.ok(Math.abs(outer - inner) <= 1 && inner > 300, `iframe ${outer}px for content ${inner}px`);
      // The widget grows (the card opens "show more" or the width shrinks): the frame follows.
      await page.evaluate(() => (document.getElementById('f')!.style.width = '280px'));
      const after = await fitted(page, 'f', frame);
      assert.ok(Math.abs(after.outer - after.inner) <= 1, `after narrowing: iframe ${after.outer}px for content ${after.inner}px`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('loaded as a module, the resizer works the same', async () => {
    pages['/frame-module.html'] = hostPage(
      `<iframe id="f" src="${kit.origin}/embed.html?widget=quiz&quiz=${quiz}&lang=pl" title="quiz" width="400" height="200"></iframe>`,
      `<script type="module" src="${kit.origin}/ore-kit-frame.js"></script>`,
    );
    const { page, problems } = await open(`${host.origin}/frame-module.html`);
    const frame = await frameOf(page, 'f');
    assert.deepEqual(await widgetIn(frame), { tag: 'ore-quiz', state: 'complete', lang: 'pl' });
    const { outer, inner } = await fitted(page, 'f', frame);
    assert.ok(Math.abs(outer - inner) <= 1, `iframe ${outer}px for content ${inner}px`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('ignores resize messages from the host page itself and frames, from other kit pages, and heights out of bounds', async () => {
    const evilPage = `<!doctype html><title>evil</title><script>parent.postMessage({type:'ore-kit:resize',height:777},'*')</script>`;
    pages['/trust.html'] = hostPage(
      `<iframe id="kit" src="${kit.origin}/embed.html?widget=glossary&term=ore" title="term" height="150"></iframe>
       <iframe id="other" src="${kit.origin}/cards/en/${card}.html" title="card page" height="150"></iframe>
       <iframe id="evil" srcdoc="${evilPage.replace(/"/g, '&quot;')}" title="evil" height="150"></iframe>`,
      `<script src="${kit.origin}/ore-kit-frame.js"></script>`,
    );
    const { page } = await open(`${host.origin}/trust.html`);
    const frame = await frameOf(page, 'kit');
    await widgetIn(frame);
    const fit = await fitted(page, 'kit', frame);
    const heights = () => page.evaluate(() => ['kit', 'other', 'evil'].map((id) => document.getElementById(id)!.clientHeight));
    const before = await heights();
    // From the host page itself, and from a kit page that is not embed.html.
    await page.evaluate(() => window.postMessage({ type: 'ore-kit:resize', height: 555 }, '*'));
    const other = await frameOf(page, 'other');
    await other.evaluate(() => parent.postMessage({ type: 'ore-kit:resize', height: 444 }, '*'));
    // From the kit's own frame, but not a number within bounds.
    for (const height of ['600', 1e7, -5, Number.NaN, 3]) await frame.evaluate((height) => parent.postMessage({ type: 'ore-kit:resize', height }, '*'), height);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await heights(), before);
    assert.equal(before[0], fit.outer, 'the kit frame keeps its fitted height');
    assert.deepEqual(before.slice(1), [150, 150], 'the other frames keep theirs');
    await page.close();
  });

  it('ignores messages from another origin: a look-alike embed.html there, or a kit frame navigated away to it', async () => {
    const evilBody = `<!doctype html><title>evil</title><script>setInterval(() => parent.postMessage({type:'ore-kit:resize',height:999},'*'), 50)</script>`;
    const evilPages = await servePages({ '/embed.html': { body: evilBody } });
    try {
      pages['/foreign.html'] = hostPage(
        `<iframe id="copy" src="${evilPages.origin}/embed.html?widget=card&card=${card}" title="look-alike" height="150"></iframe>
         <iframe id="moved" src="${kit.origin}/embed.html?widget=card&card=${card}" title="moved" height="150"></iframe>`,
        `<script src="${kit.origin}/ore-kit-frame.js"></script>`,
      );
      const { page } = await open(`${host.origin}/foreign.html`);
      const moved = await frameOf(page, 'moved');
      await widgetIn(moved);
      await fitted(page, 'moved', moved);
      const fittedHeight = await page.evaluate(() => document.getElementById('moved')!.clientHeight);
      // The reader follows a link inside the frame to another site, which now talks to the host page.
      await moved.evaluate((url) => (location.href = url), `${evilPages.origin}/embed.html`);
      await new Promise((r) => setTimeout(r, 500));
      assert.ok(evilPages.requests.filter((p) => p === '/embed.html').length >= 2, 'both frames show the other origin');
      const heights = await page.evaluate(() => ['copy', 'moved'].map((id) => document.getElementById(id)!.clientHeight));
      assert.deepEqual(heights, [150, fittedHeight]);
      await page.close();
    } finally {
      await evilPages.close();
    }
  });

  it('an invalid address gives a readable message in the requested language, fitted to its frame', async () => {
    const cases: [string, RegExp][] = [
      ['widget=crad&lang=de', /„crad“ ist kein Widget/],
      ['lang=pl', /Adres nie wskazuje widżetu/],
      ['widget=card&card=lithium&theme=neon&lang=fi', /”neon” ei kelpaa parametrin theme arvoksi/],
      ['widget=card&lang=es', /necesita card=/],
      ['widget=quiz&quiz=x&colour=red&lang=pt-BR', /não aceita «colour»/],
      ['widget=card&card=x&accent=notacolour', /“notacolour” is not a valid accent/],
      ['widget=explorer&object=phone&lang=sv', /(finns inte i den här versionen|.)/],
    ];
    for (const [query, expected] of cases) {
      const file = `/invalid-${encodeURIComponent(query)}.html`;
      pages[file] = hostPage(`<iframe id="f" src="${kit.origin}/embed.html?${query}" title="bad" height="50" sandbox="allow-scripts"></iframe>`, `<script src="${kit.origin}/ore-kit-frame.js"></script>`);
      const { page, problems } = await open(host.origin + file);
      const frame = await frameOf(page, 'f');
      const text = await frame
        .waitForFunction(() => document.querySelector('[role="alert"]')?.textContent || document.querySelector('#widget > *')?.localName, { timeout: 10_000 })
        .then((h) => h.jsonValue() as Promise<string>);
      if (query.startsWith('widget=explorer')) {
        // <ore-explorer> is accepted once it is registered; until then the frame says so.
        const registered = text === 'ore-explorer';
        assert.ok(registered || /”explorer” finns inte/.test(text), text);
      } else {
        assert.match(text, expected);
        const { outer, inner } = await fitted(page, 'f', frame);
        assert.ok(Math.abs(outer - inner) <= 1, `${query}: iframe ${outer}px for message ${inner}px`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    }
  });
});

describe('static pages', () => {
  const paths = (locale: string) => [
    `cards/${locale}/${card}.html`,
    `quizzes/${locale}/${quiz}.html`,
    `glossary/${locale}/`,
    `topics/${locale}/${en.topics[0].slug}.html`,
  ];

  it('read without JavaScript in every locale: lang, dir, a heading, a language switch to every locale and a link back', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    for (const locale of LOCALE_CODES) {
      for (const file of paths(locale)) {
        const response = await page.goto(`${kit.origin}/${file}`);
        assert.equal(response?.status(), 200, file);
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          h1: document.querySelector('h1')?.textContent?.trim() ?? '',
          languages: [...document.querySelectorAll<HTMLAnchorElement>('.languages a')].map((a) => a.lang),
          back: document.querySelector<HTMLAnchorElement>('.page-nav p a')?.href ?? '',
          brokenSwitch: [...document.querySelectorAll<HTMLAnchorElement>('.languages a')].some((a) => !a.href),
        }));
        assert.equal(facts.lang, locale, file);
        assert.equal(facts.dir, 'ltr', file);
        assert.ok(facts.h1.length > 0, `${file} has a heading`);
        assert.deepEqual(facts.languages, [...LOCALE_CODES], `${file} switches to every locale`);
        assert.equal(facts.back, `${kit.origin}/index.html?lang=${locale}`, file);
      }
    }
    // Every link of the language switch leads to a page that exists.
    await page.goto(`${kit.origin}/quizzes/el/${quiz}.html`);
    const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.languages a')].map((a) => a.href));
    for (const link of links) assert.equal((await fetch(link)).status, 200, link);
    await page.close();
  });

  it('a quiz worksheet has every question with its choices, then the answer key with explanations on a printed page of its own', async () => {
    const source = JSON.parse(await readFile(path.join(dist, `content/de/quizzes/${quiz}.json`), 'utf8'));
    const { page } = await open(`${kit.origin}/quizzes/de/${quiz}.html`, { javascript: false });
    const sheet = await page.evaluate(() => ({
      questions: [...document.querySelectorAll('.questions > li')].map((li) => ({
        question: li.querySelector('.question')!.textContent,
        choices: [...li.querySelectorAll('.choices li')].map((c) => c.textContent),
      })),
      answers: [...document.querySelectorAll('.answer-key li')].map((li) => li.textContent ?? ''),
      keyAfterQuestions: !!document.querySelector('.questions ~ .answer-key'),
    }));
    assert.deepEqual(
      sheet.questions,
      source.questions.map((q: { question: string; choices: string[] }) => ({ question: q.question, choices: q.choices })),
    );
    assert.ok(sheet.keyAfterQuestions, 'the answer key comes after the questions');
    source.questions.forEach((q: { answer: number; choices: string[]; explanation: string }, i: number) => {
      assert.ok(sheet.answers[i].includes(`${String.fromCharCode(65 + q.answer)}. ${q.choices[q.answer]}`), `answer ${i + 1}`);
      assert.ok(sheet.answers[i].includes(q.explanation), `explanation ${i + 1}`);
    });
    await page.emulateMediaType('print');
    const print = await page.evaluate(() => {
      const source = document.querySelector<HTMLAnchorElement>('a[href^="http"]')!;
      return {
        nav: getComputedStyle(document.querySelector('.page-nav')!).display,
        keyBreak: getComputedStyle(document.querySelector('.answer-key')!).breakBefore,
        after: getComputedStyle(source, '::after').content,
        href: source.href,
      };
    });
    assert.equal(print.nav, 'none', 'no navigation on paper');
    assert.equal(print.keyBreak, 'page');
    assert.ok(print.after.includes(print.href), `a source prints its URL: ${print.after}`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.ok(pdf.length > 10_000, 'prints on A4');
    await page.close();
  });

  it('the glossary page lists every term A–Z under its letter, with anchors', async () => {
    const glossary = JSON.parse(await readFile(path.join(dist, 'content/sv/glossary.json'), 'utf8'));
    const { page } = await open(`${kit.origin}/glossary/sv/`, { javascript: false });
    const facts = await page.evaluate(() => ({
      terms: [...document.querySelectorAll('dt')].map((dt) => dt.id),
      letters: [...document.querySelectorAll('.letters a')].map((a) => a.textContent),
      targets: [...document.querySelectorAll<HTMLAnchorElement>('.letters a')].every((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))),
    }));
    assert.deepEqual(facts.terms, glossary.terms.map((term: { slug: string }) => `term-${term.slug}`));
    assert.ok(facts.targets, 'every letter link has its section');
    assert.ok(facts.letters.length >= 10, facts.letters.join(' '));
    await page.close();
  });

  it('a topic page lists every card of the topic, each linking to its page', async () => {
    const topic = en.topics[0].slug;
    const { page } = await open(`${kit.origin}/topics/fi/${topic}.html`, { javascript: false });
    const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.cards a')].map((a) => a.href));
    const cards = en.cards.filter((c: { topic: string }) => c.topic === topic).map((c: { slug: string }) => `${kit.origin}/cards/fi/${c.slug}.html`);
    for (const link of cards) assert.ok(links.includes(link), `${link} listed`);
    await page.close();
  });
});

describe('oEmbed (a build that knows its public address, ORE_KIT_URL)', () => {
  let outDir: string;
  let published: Served;

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'ore-kit-oembed-'));
    published = await serveDirectory(outDir);
    await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, ORE_KIT_URL: `${published.origin}/` },
    });
  });

  after(async () => {
    await published?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  for (const [kind, file] of [
    ['card', `cards/de/${card}.html`],
    ['quiz', `quizzes/de/${quiz}.html`],
  ] as const) {
    it(`a ${kind} page's discovery link gives a valid rich response whose iframe renders the ${kind}, sandboxed as WordPress does`, async () => {
      const html = await (await fetch(`${published.origin}/${file}`)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
      assert.ok(link, 'discovery link');
      const response = await fetch(link[1]);
      assert.equal(response.status, 200);
      const oembed = await response.json();
      assert.equal(oembed.type, 'rich');
      assert.equal(oembed.version, '1.0');
      assert.equal(oembed.provider_name, 'ore-kit');
      assert.equal(oembed.provider_url, `${published.origin}/`);
      assert.ok(oembed.title.length > 0);
      assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.height >= 100);
      assert.match(oembed.html, new RegExp(`^<iframe [^>]*src="${published.origin}/embed\\.html\\?widget=${kind}&amp;${kind}=`));
      // What WordPress does with it: keep the iframe, add sandbox="allow-scripts".
      pages[`/oembed-${kind}.html`] = hostPage(oembed.html.replace('<iframe ', '<iframe id="f" sandbox="allow-scripts" '));
      const { page, problems } = await open(`${host.origin}/oembed-${kind}.html`);
      const frame = await frameOf(page, 'f');
      assert.deepEqual(await widgetIn(frame), { tag: `ore-${kind}`, state: 'complete', lang: 'de' });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('without ORE_KIT_URL the default build has no oEmbed link (it could only point nowhere)', async () => {
    const html = await readFile(path.join(dist, `cards/de/${card}.html`), 'utf8');
    assert.doesNotMatch(html, /json\+oembed/);
  });
});

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
      await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
      const found = await page.evaluate(async () => {
        type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      });
      assert.deepEqual(found, [], url);
      await page.close();
    }
  });
});
