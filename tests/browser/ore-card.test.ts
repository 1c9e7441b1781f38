import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/components/ore-card/define.ts';
import type { OreCard } from '../../src/components/ore-card/ore-card.ts';
import { setKitBase } from '../../src/runtime/config.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { expectNoAxeViolations, KIT_BASE, luminance, nextOutcome, part, settled, text, watchWarnings } from './helpers.ts';


/** Presses "show more", as a reader does to see the text, terms and sources. */
async function openCard(element: OreCard): Promise<void> {
  (part(element, 'more') as HTMLButtonElement).click();
  await element.updateComplete;
}

describe('<ore-card>', () => {
  const warnings = watchWarnings();

  it('renders topic, title, formatted figure, body with glossary links, terms and sources', async () => {
    const { element, event } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    await openCard(element);
    expect(event.type).to.equal('ore-ready');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(text(part(element, 'title'))).to.equal("The world's e-waste");
    expect(text(part(element, 'topic'))).to.equal('Circular economy');
    expect(text(part(element, 'figure-value'))).to.equal('22.3%');
    expect(text(part(element, 'figure-label'))).to.contain('documented as collected');
    const links = part(element, 'body')!.querySelectorAll('a[data-term]');
    expect([...links].map((a) => a.textContent)).to.deep.equal(['E-waste', 'recycled']);
    const terms = [...part(element, 'terms')!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(['E-waste', 'Recycling']);
    const source = part(element, 'sources')!.querySelector('a')!;
    expect(source.href).to.equal('https://ewastemonitor.info/the-global-e-waste-monitor-2024/');
    expect(text(part(element, 'sources'))).to.contain('ITU and UNITAR, 2024');
    expect(part(element, 'illustration')!.getAttribute('aria-label')).to.equal('Outline of a battery.');
    expect(part(element, 'illustration')!.querySelector('svg')).to.exist;
  });

  it('a glossary word opens its definition in a popover; Escape closes it and returns focus', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    await openCard(element);
    const before = location.hash;
    const link = part(element, 'body')!.querySelector('a[data-term="recycling"]') as HTMLAnchorElement;
    link.focus();
    link.click();
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const popover = part(element, 'term-popover')!;
    expect(location.hash, 'the host page does not navigate').to.equal(before);
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(text(part(element, 'term-popover-title'))).to.equal('Recycling');
    expect(text(part(element, 'term-popover-definition'))).to.contain('used things back into materials');
    expect(element.shadowRoot!.activeElement).to.equal(popover);
    expect(link.getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(element);

    await sendKeys({ press: 'Escape' });
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(link);
    expect(link.getAttribute('aria-expanded')).to.equal('false');
  });

  it('glossary words say they open a definition from the start; Close and tabbing out close it, focus returns', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    await openCard(element);
    const link = part(element, 'body')!.querySelector('a[data-term="recycling"]') as HTMLAnchorElement;
    expect(link.getAttribute('aria-expanded'), 'before it was ever opened').to.equal('false');
    expect(link.getAttribute('aria-controls')).to.equal('term-popover');
    link.focus();
    link.click();
    await element.updateComplete;
    const popover = part(element, 'term-popover')!;
    expect(popover.matches(':popover-open')).to.equal(true);
    // Anchored to the word: the popover starts just below (or above) it, not at a fixed place.
    const word = link.getBoundingClientRect();
    const box = popover.getBoundingClientRect();
    expect(Math.min(Math.abs(box.top - word.bottom), Math.abs(box.bottom - word.top))).to.be.below(12);
    (part(element, 'term-popover-close') as HTMLButtonElement).click();
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(element.shadowRoot!.activeElement === link, 'Close returns focus to the word').to.equal(true);

    link.click();
    await element.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    (part(element, 'term-popover-close') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(popover.matches(':popover-open'), 'tabbing past Close closes it').to.equal(false);
  });

  it('opens the rest of a full card in place with "show more", and closes it again', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    const more = part(element, 'more') as HTMLButtonElement;
    expect(text(more)).to.equal('Show more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(part(element, 'details')!.hidden).to.equal(true);
    const closedHeight = element.getBoundingClientRect().height;
    more.click();
    await element.updateComplete;
    expect(element.expanded).to.equal(true);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Show less');
    expect(part(element, 'details')!.hidden).to.equal(false);
    expect(element.getBoundingClientRect().height).to.be.greaterThan(closedHeight);
    more.click();
    await element.updateComplete;
    expect(element.getBoundingClientRect().height).to.be.closeTo(closedHeight, 0.5);
    expect(element.shadowRoot!.activeElement).to.equal(more);
  });

  it('heading-level sets the title’s level and its sub-headings follow; no duplicate landmarks on a page of cards', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en" heading-level="3"></ore-card>`);
    await openCard(element);
    expect(part(element, 'title')!.localName).to.equal('h3');
    expect(part(element, 'sources')!.querySelector('[part~="subheading"]')!.localName).to.equal('h4');
    expect(element.shadowRoot!.querySelectorAll('section, [role="region"]')).to.have.length(0);
  });

  it('marks its topic with the topic’s colour from the content library', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    // circular-economy has color "#0e7490" in its front matter.
    expect(getComputedStyle(part(element, 'topic')!, '::before').backgroundColor).to.equal('rgb(14, 116, 144)');
  });

  it('draws a percentage as a gauge with a text alternative', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    const gauge = part(element, 'gauge')!;
    expect(gauge.getAttribute('role')).to.equal('img');
    expect(gauge.getAttribute('aria-label')).to.equal('22.3% of 100%');
    const [filled] = gauge.querySelector('.gauge-value')!.getAttribute('stroke-dasharray')!.split(' ').map(Number);
    expect(filled / (2 * Math.PI * 20)).to.be.closeTo(0.223, 0.001);
    expect(part(element, 'chart')).to.equal(null);
  });

  it('draws a comparison as labelled bars, formatted for the language', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="cobalt-in-phone-batteries" lang="en"></ore-card>`);
    const chart = part(element, 'chart')!;
    const rows = [...chart.querySelectorAll('[part~="chart-item"]')].map((row) => [
      text(row.querySelector('[part~="chart-label"]')),
      text(row.querySelector('[part~="chart-value"]')),
      Number(row.querySelector('.bar-value')!.getAttribute('width')),
    ]);
    expect(rows).to.deep.equal([
      ['Electric car', '53.2 kilograms', 100],
      ['Conventional car', '22.3 kilograms', 41.92],
    ]);
    expect(chart.getAttribute('aria-label')).to.equal('Comparison: Electric car: 53.2 kilograms; Conventional car: 22.3 kilograms');
    expect(part(element, 'gauge')).to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('compact variant shows title, figure, summary and a link to the static card page', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en" variant="compact"></ore-card>`);
    expect(part(element, 'body')).to.equal(null);
    expect(part(element, 'sources')).to.equal(null);
    expect(text(part(element, 'summary'))).to.contain('62 million tonnes');
    const link = part(element, 'link') as HTMLAnchorElement;
    expect(new URL(link.href).pathname).to.equal('/cards/en/world-e-waste-2022.html');
    const page = await fetch(link.href);
    expect(page.ok).to.equal(true);
    expect(await page.text()).to.contain("<h1>The world&#39;s e-waste</h1>");
  });

  it('renders in German, with German number formatting, and switches when lang changes', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="de"></ore-card>`);
    expect(text(part(element, 'title'))).to.equal('Der Elektroschrott der Welt');
    expect(text(part(element, 'figure-value'))).to.equal('22,3 %');
    expect(part(element, 'body')!.getAttribute('lang')).to.equal('de');
    expect(text(part(element, 'sources')!.querySelector('h3'))).to.equal('Quellen');

    const switched = nextOutcome(element);
    element.setAttribute('lang', 'en');
    await switched;
    expect(text(part(element, 'title'))).to.equal("The world's e-waste");
    expect(text(part(element, 'sources')!.querySelector('h3'))).to.equal('Sources');
  });

  it("follows the closest ancestor's lang, and re-renders when it changes", async () => {
    const { element } = await settled<OreCard>(
      html`<section lang="de"><div><ore-card data-testid="subject" card="world-e-waste-2022"></ore-card></div></section>`,
    );
    expect(text(part(element, 'title'))).to.equal('Der Elektroschrott der Welt');
    const switched = nextOutcome(element);
    element.closest('section')!.setAttribute('lang', 'en');
    await switched;
    expect(text(part(element, 'title'))).to.equal("The world's e-waste");
  });

  it('two cards with different lang on one page each render in their own language', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <ore-card card="world-e-waste-2022" lang="en"></ore-card>
      <ore-card card="world-e-waste-2022" lang="de"></ore-card>
    </div>`);
    const [en, de] = [...container.querySelectorAll('ore-card')];
    await Promise.all([en, de].map((card) => (part(card, 'title') ? Promise.resolve() : oneEvent(card, 'ore-ready'))));
    expect(text(part(en, 'title'))).to.equal("The world's e-waste");
    expect(text(part(de, 'title'))).to.equal('Der Elektroschrott der Welt');
  });

  it('falls back to English for an untranslated card and marks the text with its real lang', async () => {
    const { element, event } = await settled<OreCard>(html`<ore-card card="cobalt-in-phone-batteries" lang="de"></ore-card>`);
    expect(event.type).to.equal('ore-ready');
    expect(text(part(element, 'title'))).to.equal('Cobalt in batteries');
    expect(part(element, 'body')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'header')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'base')!.getAttribute('lang')).to.equal('de');
    // The language shown is named in the reader's language, after a colon: grammatical everywhere.
    expect(text(part(element, 'notice'))).to.equal('Noch nicht in diese Sprache übersetzt. Angezeigte Sprache: Englisch.');
  });

  for (const [lang, name] of [['fi', 'englanti'], ['pl', 'angielski'], ['sv', 'engelska'], ['el', 'Αγγλικά']]) {
    it(`lang="${lang}": the fallback notice names English as ${lang} readers write it ("${name}")`, async () => {
      const { element } = await settled<OreCard>(html`<ore-card card="cobalt-in-phone-batteries" lang=${lang}></ore-card>`);
      const notice = text(part(element, 'notice'));
      expect(notice).to.contain(name);
      expect(notice).not.to.contain('English');
    });
  }

  it('resolves a regional tag to its language (pt-BR → pt) and falls back per card', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="pt-BR"></ore-card>`);
    expect(part(element, 'base')!.getAttribute('lang')).to.equal('pt');
    expect(part(element, 'body')!.getAttribute('lang')).to.equal('en');
    expect(warnings.list).to.deep.equal([]);
  });

  it('marks a machine translation and a stale one', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="recycling-phones" lang="de"></ore-card>`);
    expect(text(part(element, 'title'))).to.equal('Alte Handys recyceln');
    const notices = [...element.shadowRoot!.querySelectorAll('[part~="notice"]')];
    expect(notices).to.have.length(2);
  });


  it('an unknown slug shows a readable message, fires ore-error and warns, without throwing', async () => {
    const { element, event } = await settled<OreCard>(html`<ore-card card="no-such-card" lang="en"></ore-card>`);
    expect(event.type).to.equal('ore-error');
    expect(event.detail).to.deep.equal({ code: 'unknown-card', message: 'there is no card "no-such-card" in the en catalog' });
    const error = part(element, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('There is no card called “no-such-card”.');
    expect(warnings.text()).to.contain('no-such-card');
    await expectNoAxeViolations(element);
  });

  it('the error message is in the reader’s language', async () => {
    const { element } = await settled<OreCard>(html`<ore-card card="no-such-card" lang="de"></ore-card>`);
    expect(text(part(element, 'error'))).to.contain('no-such-card');
    expect(text(part(element, 'error'))).not.to.contain('There is no card');
  });

  it('a missing card attribute is an error, not a blank box', async () => {
    const { element, event } = await settled<OreCard>(html`<ore-card lang="en"></ore-card>`);
    expect(event.detail.code).to.equal('missing-attribute');
    expect(text(part(element, 'error'))).to.contain('The “card” attribute is missing');
    expect(warnings.text()).to.contain('card attribute is empty');
  });

  it('a failed fetch shows a retry button that loads the card once the network is back', async () => {
    clearContentCache();
    setKitBase('/no-such-deployment/');
    const { element, event } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    expect(event.detail.code).to.equal('network');
    expect(event.detail.message).to.contain('HTTP 404');
    expect(text(part(element, 'error'))).to.contain('could not be loaded');
    await expectNoAxeViolations(element);

    setKitBase(KIT_BASE);
    const recovered = nextOutcome(element);
    (part(element, 'retry') as HTMLButtonElement).click();
    expect((await recovered).type).to.equal('ore-ready');
    expect(text(part(element, 'title'))).to.equal("The world's e-waste");
  });

  it('an unreachable server is reported as a network error too', async () => {
    clearContentCache();
    setKitBase('http://127.0.0.1:9/');
    const { event } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    expect(event.detail.code).to.equal('network');
    expect(warnings.text()).to.contain('127.0.0.1:9');
  });

  it('reserves space while loading', async () => {
    clearContentCache();
    const element = document.createElement('ore-card');
    element.setAttribute('card', 'world-e-waste-2022');
    const ready = oneEvent(element, 'ore-ready');
    (await fixture(html`<div></div>`)).append(element);
    await element.updateComplete;
    const em = parseFloat(getComputedStyle(element).fontSize);
    expect(element.getBoundingClientRect().height).to.be.at.least(20 * em);
    await ready;
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const variant of ['full', 'compact'] as const) {
      it(`theme=${theme}, variant=${variant}: readable colours and no axe violations`, async () => {
        const { element } = await settled<OreCard>(
          html`<ore-card card="world-e-waste-2022" lang="en" theme=${theme} variant=${variant}></ore-card>`,
        );
        const surface = luminance(getComputedStyle(part(element, 'base')!).backgroundColor);
        expect(theme === 'dark' ? surface < 0.1 : surface > 0.8, `surface luminance ${surface}`).to.equal(true);
        await expectNoAxeViolations(element);
      });
    }
  }

  it('host-page CSS does not leak in: root font size, letter-spacing, text-transform', async () => {
    const reference = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
    const referenceTitle = getComputedStyle(part(reference.element, 'title')!);
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% } body { letter-spacing: 5px; text-transform: uppercase; line-height: 4; font-family: serif }';
    document.head.append(style);
    try {
      const { element } = await settled<OreCard>(html`<ore-card card="world-e-waste-2022" lang="en"></ore-card>`);
      const title = getComputedStyle(part(element, 'title')!);
      for (const property of ['font-size', 'letter-spacing', 'text-transform', 'line-height', 'font-family'] as const) {
        expect(title.getPropertyValue(property), property).to.equal(referenceTitle.getPropertyValue(property));
      }
    } finally {
      style.remove();
    }
  });

  it('custom properties theme it from the outside', async () => {
    const { element } = await settled<OreCard>(
      html`<ore-card card="world-e-waste-2022" lang="en" style="--ore-color-accent: rgb(0, 90, 0)"></ore-card>`,
    );
    expect(getComputedStyle(part(element, 'figure-value')!).color).to.equal('rgb(0, 90, 0)');
  });
});
