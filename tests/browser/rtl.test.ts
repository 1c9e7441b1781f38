/**
 * Right to left: every element, in every variant of cases.ts, rendered in the test locale ar-XB
 * (locales/dev-locales.json: English with every word forced right to left, `dir: rtl`, content
 * generated too) is mirrored:
 * - it says so: `dir="rtl"` on its box, and every node of its shadow tree computes `direction: rtl`;
 * - it looks so: a heading starts at the right edge, a carousel's "next" is on the left, a
 *   banner's label is right of its controls, a radio button is right of its answer;
 * - the carousel's arrow keys follow the direction: ArrowLeft goes to the next card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ELEMENTS, TAGS, type OreTag } from '../../src/runtime/registry.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { VARIANTS, type Attributes } from './cases.ts';
import { nextOutcome, part, shadowNodes, text } from './helpers.ts';

const RTL = 'ar-XB';

async function render(tag: OreTag, attributes: Attributes, lang = RTL): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attributes, lang })) element.setAttribute(name, value);
  const outcome = nextOutcome(element);
  const holder = await fixture(html`<div style="inline-size: 48em"></div>`);
  holder.append(element);
  await outcome;
  const nested = shadowNodes(element).filter((node): node is HTMLElement => node.localName.startsWith('ore-'));
  await Promise.all(nested.map((node) => (node.dataset.state === 'complete' ? undefined : nextOutcome(node))));
  return element;
}

/** The first line of `element`'s text: its left and right edge on the screen. */
function firstLine(element: Element): { left: number; right: number } {
  const range = document.createRange();
  range.selectNodeContents(element);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  expect(rects.length, `${element.localName} has text`).to.be.greaterThan(0);
  const top = Math.min(...rects.map((r) => r.top));
  const line = rects.filter((r) => r.top < top + 2);
  return { left: Math.min(...line.map((r) => r.left)), right: Math.max(...line.map((r) => r.right)) };
}

/**
 * `element`'s text starts on the right of the widget's box: right to left, the start of a line
 * is its right end, so a short line stands near the right edge and far from the left.
 */
function expectStartsRight(widget: HTMLElement, element: Element | null, what: string): void {
  expect(element, what).not.to.equal(null);
  const box = part(widget, 'base')!.getBoundingClientRect();
  const line = firstLine(element!);
  const fromRight = box.right - line.right;
  const fromLeft = line.left - box.left;
  expect(fromRight, `${what}: ${Math.round(fromRight)} px from the right edge, ${Math.round(fromLeft)} px from the left`).to.be.below(fromLeft);
}

const centre = (element: Element) => {
  const r = element.getBoundingClientRect();
  return r.left + r.width / 2;
};
const heading = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`);

/** What shows the mirroring in each element; each would fail in a left-to-right layout. */
const MIRRORED: Record<OreTag, (element: HTMLElement, variant: string) => void> = {
  'ore-card': (element, variant) => expectStartsRight(element, variant === 'compact' ? heading(element, 'link') : heading(element, 'title'), 'the card title'),
  'ore-deck': (element, variant) => {
    if (variant === 'grid') {
      const [first, second] = [...element.shadowRoot!.querySelectorAll('[part~="grid"] > li')];
      expect(centre(first), 'the first card of the grid stands right of the second').to.be.above(centre(second));
      return;
    }
    expect(centre(part(element, 'next')!), '"next" is left of "previous"').to.be.below(centre(part(element, 'previous')!));
    // The arrow on "next" points left, the way the cards go.
    const path = part(element, 'next')!.querySelector('path')!.getAttribute('d')!;
    expect(path.startsWith('M15'), `next's arrow ${path} points left`).to.equal(true);
  },
  'ore-banner': (element) => {
    expect(centre(part(element, 'label')!), 'the label stands right of the controls').to.be.above(centre(part(element, 'controls')!));
    expect(centre(part(element, 'next')!), '"next" is left of "previous"').to.be.below(centre(part(element, 'previous')!));
  },
  'ore-quiz': (element) => {
    expectStartsRight(element, heading(element, 'title'), 'the quiz title');
    const choice = part(element, 'choice')!;
    expect(centre(choice.querySelector('input')!), 'a radio button stands right of its answer').to.be.above(centre(choice.querySelector('span')!));
  },
  'ore-glossary': (element, variant) => {
    if (variant === 'term') {
      expectStartsRight(element, heading(element, 'headword'), 'the headword');
      return;
    }
    expectStartsRight(element, heading(element, 'title'), 'the glossary heading');
    const letters = [...element.shadowRoot!.querySelectorAll('[part~="letter"]')];
    // Filed under their first letter, not under the invisible direction mark before it.
    expect(letters.map((letter) => text(letter)).filter((letter) => /^\p{L}$/u.test(letter)).length, 'letters of the A–Z').to.be.at.least(2);
    expect(centre(letters[0]), 'the first letter stands right of the second').to.be.above(centre(letters[1]));
    expect(centre(part(element, 'search-icon') ?? element.shadowRoot!.querySelector('[part~="filter-field"] svg')!), 'the search icon is at the right of the box').to.be.above(
      centre(part(element, 'filter-input')!),
    );
  },
  'ore-explorer': (element) => {
    expectStartsRight(element, heading(element, 'title'), 'the object’s name');
    expectStartsRight(element, heading(element, 'parts-heading'), 'the parts heading');
  },
};

for (const tag of TAGS) {
  describe(`<${tag} lang="${RTL}"> is mirrored`, () => {
    before(async () => {
      await ELEMENTS[tag]();
    });
    beforeEach(() => clearContentCache());

    for (const [variant, attributes] of Object.entries(VARIANTS[tag])) {
      it(`${variant}: dir="rtl", direction: rtl throughout, and laid out right to left`, async () => {
        const element = await render(tag, attributes);
        expect(element.dataset.state).to.equal('complete');
        const base = part(element, 'base')!;
        expect(base.getAttribute('lang')).to.equal(RTL);
        expect(base.getAttribute('dir')).to.equal('rtl');
        const ltr = shadowNodes(element)
          .filter((node) => getComputedStyle(node).direction !== 'rtl')
          .map((node) => `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}`);
        expect(ltr, `left to right inside: ${ltr.join(', ')}`).to.deep.equal([]);
        MIRRORED[tag](element, variant);
      });
    }
  });
}

describe(`<ore-deck lang="${RTL}"> carousel keys follow the direction`, () => {
  before(async () => {
    await ELEMENTS['ore-deck']();
  });

  const position = (deck: HTMLElement) => Number(text(part(deck, 'position')).match(/\d+/)![0]);

  for (const [lang, forward, back] of [
    [RTL, 'ArrowLeft', 'ArrowRight'],
    ['en', 'ArrowRight', 'ArrowLeft'],
  ]) {
    it(`lang="${lang}": ${forward} goes to the next card, ${back} to the previous`, async () => {
      const deck = await render('ore-deck', VARIANTS['ore-deck'].carousel, lang);
      const first = part(deck, 'viewport')!.querySelector('ore-card')!.getAttribute('card');
      part(deck, 'viewport')!.focus();
      await sendKeys({ press: forward });
      await (deck as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(position(deck)).to.equal(2);
      expect(part(deck, 'viewport')!.querySelector('ore-card')!.getAttribute('card') === first, 'another card is shown').to.equal(false);
      await sendKeys({ press: back });
      await (deck as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(position(deck)).to.equal(1);
    });
  }
});
