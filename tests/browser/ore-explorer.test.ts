import { expect, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/components/ore-explorer/define.ts';
import type { OreExplorer } from '../../src/components/ore-explorer/ore-explorer.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { expectNoAxeViolations, part, settled, text, watchWarnings } from './helpers.ts';

const buttons = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="part-button"]')];
const button = (element: Element, slug: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="part-button"][data-part="${slug}"]`)!;
const group = (element: Element, slug: string) => element.shadowRoot!.querySelector<SVGGElement>(`[part~="drawing"] g#part-${slug}`)!;

async function explorer(attributes = html`<ore-explorer object="smartphone" lang="en"></ore-explorer>`) {
  const { element, event } = await settled<OreExplorer>(attributes);
  expect(event.type).to.equal('ore-ready');
  return element;
}

describe('<ore-explorer>', () => {
  const warnings = watchWarnings();
  beforeEach(() => clearContentCache());

  it('shows the drawing with a text alternative and a list of parts as named buttons, none chosen yet', async () => {
    const element = await explorer();
    expect(text(part(element, 'title'))).to.equal('Phone');
    const drawing = part(element, 'drawing')!;
    expect(drawing.getAttribute('role')).to.equal('img');
    expect(drawing.getAttribute('aria-label')).to.contain('phone in outline');
    expect(buttons(element).map((b) => text(b))).to.deep.equal(['Battery', 'Screen', 'Case', 'Speaker', 'Frame']);
    expect(buttons(element).every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
    expect(text(part(element, 'hint'))).to.contain('Choose a part');
    expect(text(part(element, 'intro'))).to.contain('the minerals in it');
    expect(part(element, 'intro')!.querySelector('a'), 'a glossary word in the introduction is not a link to nowhere').to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('reads the object’s own file and nothing else of the catalog', async () => {
    performance.clearResourceTimings();
    await explorer();
    const content = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/content/') && !path.endsWith('/ui.json'));
    expect(content.map((path) => path.replace(/^.*\/content\//, ''))).to.deep.equal(['en/objects/smartphone.json']);
  });

  it('choosing a part in the list highlights it, shows materials, figure, source and card, and announces it', async () => {
    const element = await explorer();
    const selected = oneEvent(element, 'ore-explorer-select');
    button(element, 'battery').click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ object: 'smartphone', part: 'battery' });
    // Dispatched after the render it announces.
    expect(text(part(element, 'detail-title'))).to.equal('Battery');
    expect(button(element, 'battery').getAttribute('aria-pressed')).to.equal('true');
    expect(group(element, 'battery').hasAttribute('data-selected')).to.equal(true);
    expect(group(element, 'screen').hasAttribute('data-selected')).to.equal(false);
    const materials = [...element.shadowRoot!.querySelectorAll('[part~="material"]')].map((node) => text(node));
    expect(materials).to.deep.equal(['Cobalt Co', 'lithium Li']);
    expect(text(part(element, 'figure'))).to.contain('8 grams').and.to.contain('of cobalt in a smartphone battery');
    expect(part(element, 'figure-source')!.querySelector('a')!.getAttribute('href')).to.equal('https://scrreen.eu/portfolio_item/smarter-mobile-phones/');
    expect(part(element, 'card-link')!.getAttribute('href')).to.match(/cards\/en\/cobalt-in-phone-batteries\.html$/);
    const live = part(element, 'announcement')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(text(live)).to.equal('Selected: Battery. Raw materials: Cobalt and lithium.');
    await expectNoAxeViolations(element);
  });

  it('a click or tap on the drawing chooses the part drawn there', async () => {
    const element = await explorer();
    const selected = oneEvent(element, 'ore-explorer-select');
    const box = group(element, 'screen').getBoundingClientRect();
    const target = element.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)!;
    expect(target.closest('g')?.id, 'the middle of the screen belongs to the screen').to.equal('part-screen');
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.part).to.equal('screen');
    expect(button(element, 'screen').getAttribute('aria-pressed')).to.equal('true');
  });

  it('works by keyboard alone: Tab to a part, Enter or Space chooses it', async () => {
    const element = await explorer();
    button(element, 'battery').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button(element, 'screen'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(text(part(element, 'detail-title'))).to.equal('Screen');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(text(part(element, 'detail-title'))).to.equal('Case');
    expect(element.shadowRoot!.activeElement, 'focus stays on the chosen button').to.equal(button(element, 'case'));
  });

  it("in the screen reader's view (the accessibility tree) every part can be found, chosen and read", async () => {
    type AxNode = { role: string; name: string; pressed?: boolean | 'mixed'; level?: number; children?: AxNode[] };
    const element = await explorer(html`<ore-explorer object="smartphone" lang="en"></ore-explorer>`);
    const find = (tree: AxNode, test: (node: AxNode) => boolean) => findAccessibilityNode(tree as never, test as never) as AxNode | null;
    let tree = (await a11ySnapshot({})) as unknown as AxNode;
    expect(find(tree, (n) => n.role === 'heading' && n.name === 'Phone' && n.level === 2)).to.not.equal(null);
    expect(find(tree, (n) => ['img', 'image'].includes(n.role) && n.name.includes('phone in outline')), 'the drawing has a text alternative').to.not.equal(null);
    expect(find(tree, (n) => n.role === 'heading' && n.name === 'Parts' && n.level === 3)).to.not.equal(null);
    for (const name of ['Battery', 'Screen', 'Case', 'Speaker', 'Frame']) {
      expect(find(tree, (n) => n.role === 'button' && n.name === name), name).to.not.equal(null);
    }
    button(element, 'speaker').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    tree = (await a11ySnapshot({})) as unknown as AxNode;
    expect(find(tree, (n) => n.role === 'button' && n.name === 'Speaker' && n.pressed === true), 'the choice is exposed as pressed').to.not.equal(null);
    expect(find(tree, (n) => n.role === 'heading' && n.name === 'Speaker' && n.level === 3)).to.not.equal(null);
    // The live region reads as one sentence; the names in it are spans of their own language.
    const spoken = (node: AxNode): string => (node.children?.length ? node.children.map(spoken).join('') : node.name);
    const status = find(tree, (n) => n.role === 'status' && spoken(n).includes('Selected: Speaker. Raw materials'));
    expect(status, 'the announcement').to.not.equal(null);
    expect(find(tree, (n) => n.name.includes('billion kilograms of e-waste in 2022')), 'the figure can be read').to.not.equal(null);
    expect(find(tree, (n) => n.role === 'link' && n.name.startsWith('Read more:')), 'the card link').to.not.equal(null);
  });

  it('a glossary word in the text moves focus to its definition, without touching the page URL', async () => {
    const element = await explorer();
    button(element, 'case').click();
    await element.updateComplete;
    const before = location.href;
    part(element, 'text')!.querySelector<HTMLAnchorElement>('a[data-term="recycling"]')!.click();
    expect(location.href).to.equal(before);
    expect((part(element, 'terms') as HTMLDetailsElement).open, 'the definitions open').to.equal(true);
    expect(element.shadowRoot!.activeElement?.id).to.equal('term-recycling');
    expect(text(element.shadowRoot!.activeElement!.nextElementSibling)).to.contain('used again');
  });

  it('takes heading-level: the title and the headings below it fit the host outline', async () => {
    const element = await explorer(html`<ore-explorer object="smartphone" lang="en" heading-level="4"></ore-explorer>`);
    expect(part(element, 'title')!.localName).to.equal('h4');
    expect(part(element, 'parts-heading')!.localName).to.equal('h5');
    button(element, 'battery').click();
    await element.updateComplete;
    expect(part(element, 'detail-title')!.localName).to.equal('h5');
    const deep = await explorer(html`<ore-explorer object="smartphone" lang="en" heading-level="6"></ore-explorer>`);
    expect(part(deep, 'parts-heading')!.localName, 'never deeper than h6').to.equal('h6');
    const invalid = await explorer(html`<ore-explorer object="smartphone" lang="en" heading-level="0"></ore-explorer>`);
    expect(part(invalid, 'title')!.localName).to.equal('h2');
    expect(warnings.text()).to.contain('heading-level="0"');
  });

  it('shows a translation with its parts in that language, and the English parts marked where there is none', async () => {
    const de = await explorer(html`<ore-explorer object="smartphone" lang="de"></ore-explorer>`);
    expect(buttons(de).map((b) => text(b))[0]).to.equal('Akku');
    expect(text(part(de, 'parts-heading'))).to.equal('Teile');
    expect(text(part(de, 'notice'))).to.contain('Maschinell');
    const fi = await explorer(html`<ore-explorer object="smartphone" lang="fi"></ore-explorer>`);
    expect(buttons(fi)[0].getAttribute('lang')).to.equal('en');
    expect(text(part(fi, 'parts-heading'))).to.equal('Osat');
    expect(text(part(fi, 'notice'))).to.contain('englanti');
  });

  it('changing the object attribute shows the new object with nothing chosen', async () => {
    const element = await explorer();
    button(element, 'battery').click();
    await element.updateComplete;
    const ready = oneEvent(element, 'ore-error');
    element.object = 'no-such-object';
    expect((await ready).detail.code).to.equal('unknown-object');
    expect(text(part(element, 'error'))).to.contain('There is no object called “no-such-object”');
  });

  for (const width of [320, 250]) {
    it(`reflows at ${width} px with a part chosen, and with the text size doubled: no horizontal scrolling`, async () => {
      for (const fontSize of ['16px', '32px']) {
        const { element } = await settled<OreExplorer>(
          html`<div style="inline-size: ${width}px; font-size: ${fontSize}"><ore-explorer data-testid="subject" object="smartphone" lang="en"></ore-explorer></div>`,
        );
        button(element, 'battery').click();
        await element.updateComplete;
        const base = part(element, 'base')!;
        expect(element.getBoundingClientRect().width).to.be.at.most(width);
        expect(base.scrollWidth, `${fontSize}: content wider than the box`).to.be.at.most(base.clientWidth);
        for (const node of base.querySelectorAll('button, a, p, dt, dd, svg')) {
          expect(node.getBoundingClientRect().right, `${node.localName} ${text(node)}`).to.be.at.most(base.getBoundingClientRect().right + 0.5);
        }
      }
    });
  }

  for (const width of [320, 800]) {
    it(`at ${width} px its box has the same height while loading and once the object is shown: no layout shift`, async () => {
      const original = window.fetch;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      window.fetch = (async (...args: Parameters<typeof fetch>) => {
        await gate;
        return original(...args);
      }) as typeof fetch;
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      try {
        const holder = document.createElement('div');
        holder.style.inlineSize = `${width}px`;
        const element = document.createElement('ore-explorer');
        element.setAttribute('object', 'smartphone');
        element.setAttribute('lang', 'en');
        const after = document.createElement('p');
        after.textContent = 'The host page goes on below the widget.';
        holder.append(element, after);
        document.body.append(holder);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(element.dataset.state).to.equal('pending');
        const pending = element.getBoundingClientRect().height;
        const outcome = oneEvent(element, 'ore-ready');
        release();
        await outcome;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
        expect(element.getBoundingClientRect().height).to.equal(pending);
        expect(shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.01);
        holder.remove();
      } finally {
        observer.disconnect();
        window.fetch = original;
      }
    });
  }

  it('keeps its box when a part is chosen: the detail area is reserved', async () => {
    const element = await explorer();
    const before = element.getBoundingClientRect().height;
    button(element, 'frame').click();
    await element.updateComplete;
    expect(element.getBoundingClientRect().height).to.equal(before);
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme} theme: the chosen part is drawn in the accent colour, with no axe violations`, async () => {
      const element = await explorer(html`<ore-explorer object="smartphone" lang="en" theme=${theme}></ore-explorer>`);
      button(element, 'speaker').click();
      await element.updateComplete;
      const chosen = getComputedStyle(group(element, 'speaker')).color;
      const other = getComputedStyle(group(element, 'battery')).color;
      expect(chosen).not.to.equal(other);
      expect(chosen).to.equal(getComputedStyle(button(element, 'speaker')).backgroundColor);
      await expectNoAxeViolations(element);
    });
  }
});
