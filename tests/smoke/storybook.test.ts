/**
 * Smoke tests of the Storybook build (`storybook-static/`, made by `npm run build-storybook` just
 * before) and of the reference docs generated from the custom-elements manifest.
 */
import { TAGS } from '../../src/runtime/registry.ts';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory } from './serve.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.join(root, 'dist');

describe('Storybook build', () => {
  it('renders a card story from the static build, content included', async () => {
    const served = await serveDirectory(path.join(root, 'storybook-static'));
    const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${served.origin}/iframe.html?id=elements-ore-card--full&viewMode=story`);
      const title = await page.waitForFunction(
        () => document.querySelector('ore-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() || false,
        { timeout: 15_000 },
      );
      assert.ok(String(await title.jsonValue()).length > 0);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await served.close();
    }
  });

  it('offers the pseudo-locales in its language toolbar, with their catalogs', async () => {
    const storybook = path.join(root, 'storybook-static');
    for (const code of ['en-XA', 'ar-XB']) await stat(path.join(storybook, `content/${code}/ui.json`));
    const assets = (await readdir(path.join(storybook, 'assets'))).filter((f) => f.endsWith('.js'));
    const code = await Promise.all(assets.map((f) => readFile(path.join(storybook, 'assets', f), 'utf8')));
    assert.ok(code.some((text) => /["'`]ar-XB["'`]:\{[^}]*dir:["'`]rtl/.test(text)), 'the locale list of the preview has ar-XB, right to left');
  });

  it('has stories and a docs page for every element, and a manifest that documents each', async () => {
    const index = JSON.parse(await readFile(path.join(root, 'storybook-static', 'index.json'), 'utf8'));
    const ids = Object.keys(index.entries);
    const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
    const declarations = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []);
    for (const tag of TAGS) {
      assert.ok(ids.filter((id) => id.startsWith(`elements-${tag}--`) && !id.endsWith('--docs')).length >= 3, `stories of ${tag}`);
      assert.ok(ids.includes(`elements-${tag}--docs`), `docs page of ${tag}`);
      const declaration = declarations.find((d: { tagName?: string }) => d.tagName === tag);
      assert.ok(declaration?.attributes?.length && declaration.cssParts?.length && declaration.events?.length, `manifest of ${tag}`);
    }
  });

  it('every docs page opens on a working example, each story in the state it names, an Embed it section, real slugs, no console error', async () => {
    const served = await serveDirectory(path.join(root, 'storybook-static'));
    const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    const index: { entries: Record<string, { id: string; type: string; title: string; tags?: string[] }> } = JSON.parse(
      await readFile(path.join(root, 'storybook-static', 'index.json'), 'utf8'),
    );
    const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
    const glossary = JSON.parse(await readFile(path.join(dist, 'content/en/glossary.json'), 'utf8'));
    const slugs: Record<string, Set<string>> = {
      card: new Set(en.cards.map((c: { slug: string }) => c.slug)),
      quiz: new Set(en.quizzes.map((q: { slug: string }) => q.slug)),
      topic: new Set(en.topics.map((t: { slug: string }) => t.slug)),
      region: new Set(en.regions.map((r: { slug: string }) => r.slug)),
      term: new Set(glossary.terms.map((t: { slug: string }) => t.slug)),
      object: new Set((en.objects ?? []).map((o: { slug: string }) => o.slug)),
    };
    const anySlug = new Set(Object.values(slugs).flatMap((set) => [...set]));
    try {
      for (const tag of TAGS) {
        const docs = `elements-${tag}--docs`;
        const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.startsWith(`elements-${tag}--`));
        assert.ok(index.entries[docs] && stories.length > 0, `docs page and stories of ${tag}`);
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
        // An unknown card or quiz is a 404 of its own file (no index is fetched to check a slug):
        // the error stories ask for such a slug on purpose, and that 404 is expected.
        const expected404 = (url: string) => /\/content\/[^/]+\/[a-z]+\/no-such-[a-z-]+\.json$/.test(url);
        page.on('console', (message) => {
          if (message.type() === 'error' && expected404(message.location().url ?? '')) return;
          if (message.type() === 'error') problems.push(`console.error: ${message.text()} ${message.location().url ?? ''}`);
          // The elements warn about invalid attribute values: a docs page must pass none.
          if (message.type() === 'warn' && /is not valid/.test(message.text())) problems.push(`console.warn: ${message.text()}`);
        });
        page.on('response', (response) => void (response.status() >= 400 && !(response.status() === 404 && expected404(response.url())) && problems.push(`HTTP ${response.status()} ${response.url()}`)));
        await page.goto(`${served.origin}/iframe.html?id=${docs}&viewMode=docs`);
        // Every story on the page settles: the primary one and every state below it.
        await page.waitForFunction(
          (count) => {
            const elements = [...document.querySelectorAll<HTMLElement>('#storybook-docs :is(ore-card, ore-deck, ore-banner, ore-quiz, ore-glossary, ore-explorer)')];
            return elements.length > count && elements.every((e) => e.dataset.state === 'complete' || e.dataset.state === 'error');
          },
          { timeout: 30_000 },
          stories.length,
        );
        const seen = await page.evaluate((tag) => {
          // No named functions in here: the test's compiler would wrap them in a helper the page lacks.
          return {
            errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
            primary: document.querySelector<HTMLElement>(`[id$="--primary"] ${tag}`)?.dataset.state ?? 'missing',
            states: Object.fromEntries(
              [...document.querySelectorAll('[id^="anchor--"]')].map((a) => [a.id.slice('anchor--'.length), a.querySelector<HTMLElement>(tag)?.dataset.state ?? 'missing']),
            ),
            attributes: [...document.querySelectorAll(`#storybook-docs ${tag}`)].flatMap((e) => e.getAttributeNames().map((n) => `${n}=${e.getAttribute(n)}`)),
            code: [...document.querySelectorAll('#storybook-docs pre')].map((pre) => pre.textContent ?? '').join('\n'),
            embed: [...document.querySelectorAll('[data-embed] :is(h2, pre)')].map((node) => node.textContent ?? '').join('\n'),
            text: document.body.innerText,
          };
        }, tag);
        assert.equal(seen.errorDisplay, false, `${tag}: Storybook shows its error display`);
        assert.equal(seen.primary, 'complete', `${tag}: the docs page opens on a working example`);
        for (const story of stories) {
          const expected = story.tags?.includes('ore-error') ? 'error' : 'complete';
          assert.equal(seen.states[story.id], expected, `${story.id} on the docs page`);
        }
        // States only answering reaches: the quiz's play functions run on its docs page too.
        const played: Record<string, string> = { 'elements-ore-quiz--feedback': 'explanation', 'elements-ore-quiz--score': 'score' };
        for (const [id, part] of Object.entries(played).filter(([id]) => id.startsWith(`elements-${tag}--`))) {
          await page.waitForFunction(
            (id, tag, part) => document.querySelector(`#anchor--${id} ${tag}`)?.shadowRoot?.querySelector(`[part~="${part}"]`),
            { timeout: 20_000 },
            id,
            tag,
            part,
          );
        }
        const themes = seen.attributes.filter((a) => a.startsWith('theme='));
        assert.ok(themes.length > 0 && themes.every((a) => /^theme=(light|dark|auto)$/.test(a)), themes.join(', '));
        assert.deepEqual(seen.attributes.filter((a) => a.includes('[object')), [], `${tag}: attributes hold real values`);
        assert.doesNotMatch(seen.code, /\[object \w+\]|function\s*\(/, `${tag}: Show code prints real attribute values`);
        // Embed it: script tag with the base URL, the iframe, the plain link.
        const widget = tag.replace(/^ore-/, '');
        assert.match(seen.embed, /Embed it/);
        assert.match(seen.embed, /<script type="module" src="https:\/\/YOUR-HOST\/ore-kit\/ore-kit\.js"><\/script>/);
        assert.match(seen.embed, new RegExp(`<${tag}[ >][\\s\\S]*<a href="https://YOUR-HOST/ore-kit/[^"]+">[^<]+</a>[\\s\\S]*</${tag}>`));
        assert.match(seen.embed, new RegExp(`<iframe src="https://YOUR-HOST/ore-kit/embed\\.html\\?widget=${widget}&amp;[^"]*"\\s+title="[^"]+"`));
        // Documented slugs exist: the embed snippets' attributes and the props table's examples.
        for (const [, attribute, value] of seen.embed.matchAll(/\b(card|cards|quiz|topic|region|term|object)="([^"]+)"/g)) {
          for (const slug of value.split(',')) assert.ok(slugs[attribute.replace(/s$/, '')].has(slug.trim()), `${tag} docs embed ${attribute}="${slug}" does not exist`);
        }
        for (const [, slug] of seen.text.matchAll(/e\.g\. ([a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+)\b/g)) {
          assert.ok(anySlug.has(slug), `${tag} docs: the example slug "${slug}" does not exist`);
        }
        assert.deepEqual(problems, [], `${tag} docs page`);
        await page.close();
      }
    } finally {
      await browser.close();
      await served.close();
    }
  });

  it('docs pages show attributes and parts from the manifest', async () => {
    const served = await serveDirectory(path.join(root, 'storybook-static'));
    const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${served.origin}/iframe.html?id=elements-ore-deck--docs&viewMode=docs`);
      await page.waitForFunction(() => document.body.innerText.includes('carousel shows one card at a time'), { timeout: 15_000 });
      const text = await page.evaluate(() => document.body.innerText);
      assert.match(text, /Comma-separated card slugs/);
      assert.match(text, /previous/);
    } finally {
      await browser.close();
      await served.close();
    }
  });
});

describe('the reference docs', () => {
  it('docs/API.md is generated from the current custom-elements.json (npm run docs:api)', async () => {
    const { renderApiDocs } = await import('../../scripts/api-docs.ts');
    const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
    const expected = renderApiDocs(manifest);
    assert.equal(await readFile(path.join(root, 'docs', 'API.md'), 'utf8'), expected, 'run npm run docs:api and commit docs/API.md');
    for (const tag of TAGS) assert.ok(expected.includes(`## \`<${tag}>\``), `${tag} is documented`);
    assert.ok(expected.includes('--ore-color-accent'), 'the shared tokens are documented');
  });
});
