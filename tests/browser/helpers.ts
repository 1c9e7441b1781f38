import axe from 'axe-core';
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { kitBase, setKitBase } from '../../src/runtime/config.ts';

/** WCAG 2.0–2.2 A and AA: axe's default run leaves WCAG 2.2 out, so the tags are named. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, summary.join('\n')).to.deep.equal([]);
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length, 'axe checked no rules').to.be.greaterThan(0);
}

/** Resolves with the element's next `ore-ready` or `ore-error`, whichever comes first. */
export function nextOutcome(element: Element): Promise<CustomEvent> {
  return Promise.race([oneEvent(element, 'ore-ready'), oneEvent(element, 'ore-error')]) as Promise<CustomEvent>;
}

/**
 * Renders a template (whose element under test has `data-testid="subject"`, or is the root) and
 * waits for that element's first outcome. Listening starts before the element connects, so a
 * cached, instant result is not missed.
 */
export async function settled<T extends HTMLElement>(template: TemplateResult): Promise<{ element: T; event: CustomEvent }> {
  const holder = document.createElement('div');
  render(template, holder);
  const root = holder.firstElementChild as HTMLElement;
  const element = (root.matches('[data-testid=subject]') ? root : root.querySelector('[data-testid=subject]') ?? root) as T;
  const outcome = nextOutcome(element);
  await fixture(html`<div></div>`).then((slot) => slot.append(root));
  return { element, event: await outcome };
}

export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Relative luminance (0 black … 1 white) of a computed CSS colour. */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Where the fixture library is served; tests that break the base put this back. */
export const KIT_BASE = kitBase().href;

export interface Warnings {
  /** Every console.warn call of the current test, with its arguments. */
  readonly list: unknown[][];
  /** All warning text of the current test, joined. */
  text(): string;
}

/**
 * Registers hooks in the enclosing describe: collects console warnings during each test (the
 * kit warns on every failure it reports) and restores the console and the kit's base after it.
 */
export function watchWarnings(): Warnings {
  const original = console.warn;
  const warnings = { list: [] as unknown[][], text: () => warnings.list.flat().join(' ') };
  beforeEach(() => {
    warnings.list = [];
    console.warn = (...args: unknown[]) => warnings.list.push(args);
  });
  afterEach(() => {
    console.warn = original;
    setKitBase(KIT_BASE);
  });
  return warnings;
}

/** Every node of an element's shadow tree, nested elements' shadow trees included. */
export function shadowNodes(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    out.push(node);
    for (const child of node.children) walk(child);
    if (node.shadowRoot) for (const child of node.shadowRoot.children) walk(child);
  };
  for (const child of root.shadowRoot!.children) walk(child);
  return out;
}
