/**
 * Every element in every shipped locale, light and dark, on the real library, from another
 * origin: zero axe-core violations (WCAG 2.2 A/AA). Its own file, so that it runs beside the
 * other smoke tests: it is the longest of them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { LOCALE_CODES } from '../../src/shared/locales.ts';
import { root, en, kit, host, pages, open } from './embed-harness.ts';
import { everyElement } from './pages.ts';

describe('accessibility of every element, locale and theme', () => {
for (const theme of ['light', 'dark']) {
  it(`every element in every locale, ${theme} theme: zero axe violations (WCAG 2.2 A/AA) on the real library`, async () => {
    pages[`/a11y-${theme}.html`] = {
      // No CSP here: axe-core is injected as a script to audit the page.
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a11y ${theme}</title>
        <script type="module" src="${kit.origin}/ore-kit.js"></script></head><body>${LOCALE_CODES.map((lang) => everyElement(en, lang, () => `theme="${theme}"`)).join('')}</body></html>`,
    };
    const { page, problems } = await open(`${host.origin}/a11y-${theme}.html`);
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll<HTMLElement>('ore-banner, ore-card, ore-deck, ore-quiz, ore-glossary, ore-explorer')];
        return elements.length > 0 && elements.every((element) => element.dataset.state === 'complete');
      },
      { timeout: 30_000 },
    );
    await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; nodes: { target: string[] }[] }[]; passes: { nodes: unknown[] }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return {
        found: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`),
        checked: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
      };
    });
    assert.deepEqual(violations.found, []);
    assert.ok(violations.checked > 200, `axe checked only ${violations.checked} nodes`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
});
