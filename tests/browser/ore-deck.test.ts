import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/components/ore-deck/define.ts';
import type { OreDeck } from '../../src/components/ore-deck/ore-deck.ts';
import { setKitBase } from '../../src/runtime/config.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { selectCards } from '../../src/runtime/selection.ts';
import type { CardSummary, CatalogIndex } from '../../src/shared/catalog.ts';
import type { OreError } from '../../src/runtime/errors.ts';
import { expectNoAxeViolations, part, settled, text, watchWarnings } from './helpers.ts';

const shownCards = (deck: Element) => [...deck.shadowRoot!.querySelectorAll('ore-card')].map((card) => card.getAttribute('card'));

async function cardReady(deck: Element): Promise<void> {
  const card = deck.shadowRoot!.querySelector('ore-card')!;
  if (card.dataset.state !== 'complete') await oneEvent(card, 'ore-ready');
}

describe('<ore-deck>', () => {
  watchWarnings();

  it('carousel: one card at a time, position, previous/next, announced to screen readers', async () => {
    const { element, event } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    expect(event.type).to.equal('ore-ready');
    expect(shownCards(element)).to.deep.equal(['recycling-phones']);
    expect(text(part(element, 'position'))).to.equal('1 of 3');
    expect(part(element, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(element, 'previous')!.getAttribute('aria-label')).to.equal('Previous card');
    expect(text(part(element, 'announcement')), 'nothing is announced on load').to.equal('');

    part(element, 'next')!.click();
    await element.updateComplete;
    expect(shownCards(element)).to.deep.equal(['world-e-waste-2022']);
    expect(text(part(element, 'position'))).to.equal('2 of 3');
    expect(text(part(element, 'announcement'))).to.equal("Card 2 of 3: The world's e-waste");
    expect(part(element, 'viewport')!.getAttribute('aria-label')).to.equal('Card 2 of 3');

    part(element, 'next')!.click();
    part(element, 'next')!.click();
    await element.updateComplete;
    expect(text(part(element, 'position')), 'stops at the end').to.equal('3 of 3');
    expect(part(element, 'next')!.getAttribute('aria-disabled')).to.equal('true');
    await cardReady(element);
    await expectNoAxeViolations(element);
  });

  it('arrow keys, Home and End move through the cards', async () => {
    const { element } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    part(element, 'next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('2 of 3');
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('3 of 3');
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('2 of 3');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('1 of 3');
  });

  it('keys inside a card belong to the card: focus on a glossary word stays, the slide stays', async () => {
    const { element } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    const card = element.shadowRoot!.querySelector('ore-card')!;
    if (card.dataset.state !== 'complete') await oneEvent(card, 'ore-ready');
    (card.shadowRoot!.querySelector('[part~="more"]') as HTMLButtonElement).click();
    await card.updateComplete;
    const word = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-term]')!;
    word.focus();
    for (const key of ['ArrowRight', 'End', 'Home']) await sendKeys({ press: key });
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('1 of 3');
    expect(card.isConnected && card.shadowRoot!.activeElement === word, 'focus stays on the word').to.equal(true);
  });

  it('the slide frame takes the arrow keys too, and keeps focus while the card changes', async () => {
    const { element } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    const frame = part(element, 'viewport')!;
    frame.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('2 of 3');
    expect(element.shadowRoot!.activeElement === frame, 'focus stays on the frame').to.equal(true);
  });

  it('browsing the carousel does not change the page’s height; dots show the position', async () => {
    const { element } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    const height = element.getBoundingClientRect().height;
    for (let i = 0; i < 2; i++) {
      (part(element, 'next') as HTMLButtonElement).click();
      await element.updateComplete;
      const card = element.shadowRoot!.querySelector('ore-card')!;
      if (card.dataset.state !== 'complete') await oneEvent(card, 'ore-ready');
      expect(element.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
    }
    const dots = [...element.shadowRoot!.querySelectorAll('[part~="dot"]')];
    expect(dots).to.have.length(3);
    expect(dots.map((d) => d.getAttribute('part'))).to.deep.equal(['dot', 'dot', 'dot current']);
  });

  it('a grid shows two rows and opens all its cards in place with "show all"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 300px"></div>`);
    const deck = document.createElement('ore-deck');
    deck.setAttribute('layout', 'grid');
    deck.setAttribute('lang', 'en');
    const ready = oneEvent(deck, 'ore-ready');
    wrapper.append(deck);
    await ready;
    await deck.updateComplete;
    const button = part(deck, 'show-all') as HTMLButtonElement;
    expect(text(button)).to.equal('Show all 3 cards');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const closed = deck.getBoundingClientRect().height;
    button.click();
    await deck.updateComplete;
    expect(deck.getBoundingClientRect().height).to.be.greaterThan(closed);
    expect(text(button)).to.equal('Show fewer cards');
  });

  it('a swipe on touch moves to the next and the previous card', async () => {
    const { element } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    const viewport = part(element, 'viewport')!;
    const swipe = (from: number, to: number) => {
      viewport.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: from, bubbles: true, composed: true }));
      viewport.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: to, bubbles: true, composed: true }));
    };
    swipe(300, 100);
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('2 of 3');
    swipe(100, 300);
    await element.updateComplete;
    expect(text(part(element, 'position'))).to.equal('1 of 3');
    swipe(100, 120);
    await element.updateComplete;
    expect(text(part(element, 'position')), 'a small movement is not a swipe').to.equal('1 of 3');
  });

  it('selects by topic, tags, region, explicit list (in its order) and limit', async () => {
    const cases: [ReturnType<typeof html>, string[]][] = [
      [html`<ore-deck layout="grid" topic="circular-economy"></ore-deck>`, ['recycling-phones', 'world-e-waste-2022']],
      [html`<ore-deck layout="grid" tags="batteries, e-waste"></ore-deck>`, ['world-e-waste-2022', 'cobalt-in-phone-batteries']],
      [html`<ore-deck layout="grid" region="lapland"></ore-deck>`, ['cobalt-in-phone-batteries']],
      [html`<ore-deck layout="grid" cards="world-e-waste-2022,cobalt-in-phone-batteries"></ore-deck>`, ['world-e-waste-2022', 'cobalt-in-phone-batteries']],
      [html`<ore-deck layout="grid" limit="2"></ore-deck>`, ['recycling-phones', 'world-e-waste-2022']],
    ];
    for (const [template, expected] of cases) {
      const { element } = await settled<OreDeck>(template);
      expect(shownCards(element)).to.deep.equal(expected);
    }
  });

  it('grid: compact cards in a list, in the deck’s language and theme', async () => {
    const { element } = await settled<OreDeck>(html`<ore-deck layout="grid" lang="de" theme="dark"></ore-deck>`);
    const cards = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="grid"] > li > ore-card')];
    expect(cards).to.have.length(3);
    for (const card of cards) {
      expect(card.getAttribute('variant')).to.equal('compact');
      expect(card.getAttribute('lang')).to.equal('de');
      expect(card.getAttribute('theme')).to.equal('dark');
    }
    await Promise.all(cards.map((card) => (card.dataset.state === 'complete' ? null : oneEvent(card, 'ore-ready'))));
    await expectNoAxeViolations(element);
  });

  it('speaks the page language', async () => {
    const { element } = await settled<OreDeck>(html`<div lang="de"><ore-deck data-testid="subject"></ore-deck></div>`);
    expect(part(element, 'next')!.getAttribute('aria-label')).not.to.equal('Next card');
    expect(part(element, 'base')!.getAttribute('lang')).to.equal('de');
    expect(element.shadowRoot!.querySelector('ore-card')!.getAttribute('lang')).to.equal('de');
  });

  it('fires its own ore-ready once; the cards inside do not leak theirs', async () => {
    const events: EventTarget[] = [];
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.addEventListener('ore-ready', (event) => events.push(event.target!));
    const deck = document.createElement('ore-deck');
    const ready = oneEvent(deck, 'ore-ready');
    container.append(deck);
    await ready;
    await cardReady(deck);
    expect(events).to.deep.equal([deck]);
  });

  it('an empty selection shows a readable message, not a blank box', async () => {
    const { element, event } = await settled<OreDeck>(html`<ore-deck topic="circular-economy" region="lapland" lang="en"></ore-deck>`);
    expect(event.type).to.equal('ore-ready');
    expect(text(part(element, 'empty'))).to.equal('No cards match this selection.');
    expect(part(element, 'empty')!.getAttribute('role')).to.equal('status');
    await expectNoAxeViolations(element);
  });

  it('a failed fetch shows the error with a retry button', async () => {
    clearContentCache();
    setKitBase('/no-such-deployment/');
    const { element, event } = await settled<OreDeck>(html`<ore-deck lang="en"></ore-deck>`);
    expect(event.detail.code).to.equal('network');
    expect(text(part(element, 'error'))).to.contain('could not be loaded');
    expect(part(element, 'retry')).to.exist;
    await expectNoAxeViolations(element);
  });

  for (const theme of ['light', 'dark']) {
    it(`carousel in ${theme} has no axe violations`, async () => {
      const { element } = await settled<OreDeck>(html`<ore-deck lang="en" theme=${theme}></ore-deck>`);
      await cardReady(element);
      await expectNoAxeViolations(element);
    });
  }
});

describe('selectCards', () => {
  const card = (slug: string, topic: string, tags: string[], regions: string[] = []) =>
    ({ slug, topic, tags, regions, minerals: [], title: slug, summary: '', lang: 'en', status: 'source' }) as CardSummary;
  const all = [card('a', 't1', ['x']), card('b', 't2', ['y'], ['r']), card('c', 't1', ['y'])];
  const index = { topics: [{ slug: 't1' }, { slug: 't2' }], regions: [{ slug: 'r' }], cards: all } as unknown as CatalogIndex;

  it('filters by topic and tags together, and caps with limit', () => {
    expect(selectCards(index, { topic: 't1', tags: 'y' }).cards.map((c) => c.slug)).to.deep.equal(['c']);
    expect(selectCards(index, { limit: 2 }).cards.map((c) => c.slug)).to.deep.equal(['a', 'b']);
    expect(selectCards(index, { limit: 0 }).cards).to.have.length(3);
  });

  it('an unknown topic, region or tag is an error naming it, not an empty selection', () => {
    const codeOf = (selection: Parameters<typeof selectCards>[1]) => {
      try {
        selectCards(index, selection);
        return 'no error';
      } catch (error) {
        return `${(error as OreError).code}: ${(error as OreError).params.slug}`;
      }
    };
    expect(codeOf({ topic: 'tt' })).to.equal('unknown-topic: tt');
    expect(codeOf({ region: 'lappland' })).to.equal('unknown-region: lappland');
    expect(codeOf({ tags: 'x, nope' })).to.equal('unknown-tag: nope');
    // Known values that match nothing together are a valid, empty selection.
    expect(codeOf({ topic: 't2', tags: 'x' })).to.equal('no error');
    expect(selectCards(index, { topic: 't2', tags: 'x' }).cards).to.deep.equal([]);
  });

  it('an explicit list keeps its order and overrides the filters; a slug it does not know is an error', () => {
    expect(selectCards(index, { cards: 'c, a', topic: 't2' })).to.deep.equal({ cards: [all[2], all[0]] });
    expect(() => selectCards(index, { cards: 'c, zz' })).to.throw(/zz/);
  });
});
