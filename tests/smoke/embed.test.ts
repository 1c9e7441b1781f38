/**
 * Every embedding route of the production build, from a host page on another loopback origin:
 * the iframe (`embed.html`, also sandboxed as WordPress does) with `ore-kit-frame.js` fitting
 * it, the resizer refusing messages it must not trust, the static pages without JavaScript and
 * on paper, oEmbed. The configurator: configurator.test.ts.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { serveDirectory, servePages, type Served } from './serve.ts';
import { LOCALE_CODES } from '../../src/shared/locales.ts';
import { root, dist, en, card, quiz, browser, kit, host, pages, hostPage, open, frameOf, widgetIn, fitted } from './embed-harness.ts';

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
        // "phone" is no object: the explorer learns it from a 404 on that object's own file, as a
        // card does (no index is fetched to check a slug), and Chromium logs every 404.
        const notFound = /^console\.error: Failed to load resource: .*404/;
        if (registered) problems.splice(0, problems.length, ...problems.filter((problem) => !notFound.test(problem)));
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
