/**
 * Every element in every shipped locale on the real library, from another origin, light and
 * dark: zero axe-core violations (WCAG 2.2 A/AA). Its own file, so that it runs beside the
 * other smoke tests: it is the longest of them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALE_CODES } from '../../src/shared/locales.ts';
import { en, kit, host, pages, open } from './embed-harness.ts';
import { axeAudit, everyElement } from './pages.ts';

describe('accessibility of every element, locale and theme', () => {
  // Light in every shipped locale; dark, whose colours are the same in every language, in three
  // scripts (Latin, Latin with the longest words, Greek): the browser tests check each element
  // in both themes too. A dark page of all nine locales cost 15 s of the smoke tests' time.
  const runs: [theme: string, locales: readonly string[]][] = [
    ['light', LOCALE_CODES],
    ['dark', ['en', 'de', 'el']],
  ];
  for (const [theme, locales] of runs) {
    it(`every element in ${locales.length === LOCALE_CODES.length ? 'every locale' : locales.join(', ')}, ${theme} theme: zero axe violations (WCAG 2.2 A/AA) on the real library`, async () => {
      pages[`/a11y-${theme}.html`] = {
        // No CSP here: axe-core is injected as a script to audit the page.
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a11y ${theme}</title>
          <script type="module" src="${kit.origin}/ore-kit.js"></script></head><body>${locales.map((lang) => everyElement(en, lang, () => `theme="${theme}"`)).join('')}</body></html>`,
      };
      const { page, problems } = await open(`${host.origin}/a11y-${theme}.html`);
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll<HTMLElement>('ore-banner, ore-card, ore-deck, ore-quiz, ore-glossary, ore-explorer')];
          return elements.length > 0 && elements.every((element) => element.dataset.state === 'complete');
        },
        { timeout: 30_000 },
      );
      const violations = await axeAudit(page);
      assert.deepEqual(violations.found, []);
      // At least 200 nodes for the nine locales, in proportion for fewer.
      const least = Math.round((200 * locales.length) / LOCALE_CODES.length);
      assert.ok(violations.checked > least, `axe checked only ${violations.checked} nodes`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
