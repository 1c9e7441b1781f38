/**
 * Widgets hold their shape on real pages, for every element and variant in the registry:
 * - the box is known before the content arrives: with the content delayed, the box does not
 *   change size when it lands, and the layout shift it adds to the page stays below 0.01;
 * - reflow: no horizontal overflow at 320 px, in a 250 px sidebar, and with the reader's text
 *   size doubled (WCAG 1.4.4, 1.4.10).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ELEMENTS, type OreTag } from '../../src/runtime/registry.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { nextOutcome, shadowNodes } from './helpers.ts';
import { VARIANTS, type Attributes } from './cases.ts';

const DELAY = 1200;

/** Answers every fetch `ms` late, as a slow school network does. */
function delayFetch(ms: number): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => original(input, init));
  return () => {
    window.fetch = original;
  };
}

function create(tag: string, attributes: Attributes): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ lang: 'en', ...attributes })) element.setAttribute(name, value);
  return element;
}

/** Waits for the element and every ore-* element nested in its shadow root to be complete or in error. */
async function settledTree(element: HTMLElement): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const nested = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])].filter((n) => n.localName.startsWith('ore-'));
    const all = [element, ...nested];
    if (all.every((n) => n.dataset.state === 'complete' || n.dataset.state === 'error')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${element.localName} never settled`);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Nodes whose box sticks out of the widget's inline extent (what makes a page scroll sideways). */
function overflowing(element: HTMLElement): string[] {
  const box = element.getBoundingClientRect();
  return shadowNodes(element)
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      // Clipped by a box that scrolls or clips on purpose (a scrolling list, a carousel track).
      if (node.closest('[data-clip]')) return false;
      return rect.left < box.left - 1 || rect.right > box.right + 1;
    })
    .map((node) => `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}: ${Math.round(node.getBoundingClientRect().right - box.right)}px`);
}

for (const [tag, variants] of Object.entries(VARIANTS) as [OreTag, Record<string, Attributes>][]) {
  describe(`<${tag}> holds its shape`, () => {
    before(async () => {
      await ELEMENTS[tag]();
    });
    beforeEach(() => clearContentCache());

    for (const [variant, attributes] of Object.entries(variants)) {
      it(`${variant}: its box is the same before and after the content arrives, and the page does not shift`, async () => {
        const restore = delayFetch(DELAY);
        const shifts: { value: number; sources: string[] }[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
            if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node as Element)?.localName ?? '?') });
          }
        });
        try {
          const page = await fixture<HTMLElement>(html`<main style="inline-size: 650px"><p>Text above the widget.</p><div id="slot"></div><p id="after">Text below the widget, which must not move.</p></main>`);
          observer.observe({ type: 'layout-shift', buffered: false });
          const element = create(tag, attributes);
          const outcome = nextOutcome(element);
          page.querySelector('#slot')!.append(element);
          await frame();
          const before = element.getBoundingClientRect().height;
          const belowBefore = page.querySelector('#after')!.getBoundingClientRect().top;
          expect(element.dataset.state, 'still loading').to.equal('pending');
          expect(before, 'space is reserved').to.be.greaterThan(40);
          expect((await outcome).type).to.equal('ore-ready');
          await settledTree(element);
          await frame();
          const after = element.getBoundingClientRect().height;
          expect(Math.abs(after - before), `the box was ${before}px while loading and ${after}px with its content`).to.be.at.most(0.5);
          expect(page.querySelector('#after')!.getBoundingClientRect().top).to.be.closeTo(belowBefore, 0.5);
          await new Promise((resolve) => setTimeout(resolve, 100));
          const score = shifts.reduce((sum, s) => sum + s.value, 0);
          expect(score, `layout shift ${score.toFixed(4)} from ${shifts.map((s) => s.sources.join('+')).join(', ')}`).to.be.below(0.01);
        } finally {
          observer.disconnect();
          restore();
        }
      });

      for (const [label, style] of [
        ['at 320 px', 'inline-size: 320px'],
        ['in a 250 px sidebar', 'inline-size: 250px'],
        ['with the text size doubled', 'inline-size: 640px; --ore-font-size: 32px'],
      ]) {
        it(`${variant}: reflows ${label} without anything sticking out`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div style=${style}></div>`);
          const element = create(tag, attributes);
          const outcome = nextOutcome(element);
          wrapper.append(element);
          expect((await outcome).type).to.equal('ore-ready');
          await settledTree(element);
          await frame();
          expect(overflowing(element)).to.deep.equal([]);
          expect(element.getBoundingClientRect().width).to.be.at.most(wrapper.getBoundingClientRect().width + 0.5);
        });
      }
    }
  });
}
