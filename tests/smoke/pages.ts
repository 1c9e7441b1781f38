/** Host-page markup, and an axe-core audit, that the smoke tests share. */
import path from 'node:path';
import type { Page } from 'puppeteer-core';

const axeScript = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core in the page with the WCAG 2.2 A/AA rules: each violation as `rule: targets`
 * (three at most), and how many nodes passed a rule (so an audit of an empty page shows).
 */
export async function axeAudit(page: Page): Promise<{ found: string[]; checked: number }> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[]; passes: { nodes: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return {
      found: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`),
      checked: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  });
}

interface Library {
  cards: { slug: string; topic: string }[];
  quizzes: { slug: string }[];
  objects: { slug: string }[];
}

/** All six elements in one language, on the library's first card, quiz and object; `extra` adds attributes per element (an id, a theme). */
export const everyElement = (en: Library, lang: string, extra: (tag: string) => string) => `<section lang="${lang}">
      <ore-banner ${extra('banner')} topic="${en.cards[0].topic}"></ore-banner>
      <ore-card ${extra('card')} card="${en.cards[0].slug}"></ore-card>
      <ore-deck ${extra('deck')} topic="${en.cards[0].topic}"></ore-deck>
      <ore-quiz ${extra('quiz')} quiz="${en.quizzes[0].slug}"></ore-quiz>
      <ore-glossary ${extra('glossary')}></ore-glossary>
      <ore-explorer ${extra('explorer')} object="${en.objects[0].slug}"></ore-explorer>
    </section>`;
