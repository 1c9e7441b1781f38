import axe from 'axe-core';
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { translatorFor } from '../../src/runtime/i18n.ts';
import { sendKeys } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import '../../src/components/ore-glossary/define.ts';
import type { OreGlossary } from '../../src/components/ore-glossary/ore-glossary.ts';
import { setKitBase } from '../../src/runtime/config.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { expectNoAxeViolations, KIT_BASE, luminance, nextOutcome, part, settled, text, watchWarnings } from './helpers.ts';


/** Every term of the en fixture glossary, in collation order. */
const EN_TERMS = ['Cobalt', 'E-waste', 'iron', 'lithium', 'mineral', 'ore', 'ore grade', 'Recycling', 'tailings'];

function all(element: OreGlossary, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function headwords(element: OreGlossary): string[] {
  return all(element, 'dt').map((dt) => text(dt.querySelector('span')));
}

function letters(element: OreGlossary): string[] {
  return all(element, '[part~="group-heading"]').map((heading) => text(heading));
}

function filterInput(element: OreGlossary): HTMLInputElement {
  return part(element, 'filter-input') as HTMLInputElement;
}

/** Types into the filter the way a paste or an input method would: one `input` event. */
async function filter(element: OreGlossary, query: string): Promise<void> {
  const input = filterInput(element);
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

describe('<ore-glossary>', () => {
  const warnings = watchWarnings();

  describe('the whole glossary', () => {
    it('renders every term A–Z, grouped by letter, as definition lists with term ids', async () => {
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      expect(event.type).to.equal('ore-ready');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(element.dataset.state).to.equal('complete');
      expect(text(part(element, 'title'))).to.equal('Glossary');
      expect(headwords(element)).to.deep.equal(EN_TERMS);
      expect(letters(element)).to.deep.equal(['C', 'E', 'I', 'L', 'M', 'O', 'R', 'T']);

      const groups = all(element, '[part~="group"]');
      expect(groups).to.have.length(8);
      for (const group of groups) {
        const list = group.querySelector('dl')!;
        expect(list.getAttribute('part')).to.equal('list');
        expect(list.querySelectorAll('dt').length).to.equal(list.querySelectorAll('dd').length);
      }
      const oGroup = groups.find((group) => text(group.querySelector('h3')) === 'O')!;
      expect([...oGroup.querySelectorAll('dt')].map((dt) => dt.id)).to.deep.equal(['term-ore', 'term-ore-grade']);

      const cobalt = element.shadowRoot!.getElementById('term-cobalt')!;
      expect(text(cobalt.querySelector('[part~="symbol"]'))).to.equal('Co');
      expect(cobalt.getAttribute('lang')).to.equal('en');
      const definition = cobalt.nextElementSibling as HTMLElement;
      expect(definition.localName).to.equal('dd');
      expect(text(definition.querySelector('[part~="kind"]'))).to.equal('Material');
      expect(text(definition)).to.contain('A hard, silvery metal used in many rechargeable batteries.');
      const ore = element.shadowRoot!.getElementById('term-ore')!.nextElementSibling!;
      expect(text(ore.querySelector('[part~="kind"]'))).to.equal('Concept');
    });

    it('shows headwords with a capital first letter, written as they read mid-sentence', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const tailings = element.shadowRoot!.getElementById('term-tailings')!;
      expect(tailings.textContent!.trim()).to.equal('tailings');
      expect(getComputedStyle(tailings, '::first-letter').textTransform).to.equal('uppercase');
    });

    it('has a real search box with a visible label and a polite live region counting the terms', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const input = filterInput(element);
      expect(input.type).to.equal('search');
      expect(text(input.labels![0])).to.equal('Filter the glossary');
      expect(input.labels![0].getBoundingClientRect().height).to.be.greaterThan(0);
      const count = part(element, 'count')!;
      expect(count.getAttribute('role')).to.equal('status');
      expect(count.getAttribute('aria-live')).to.equal('polite');
      expect(text(count)).to.equal('9 terms');

      await filter(element, 'steel');
      expect(part(element, 'count')).to.equal(count, 'the live region stays in place, so its change is announced');
      expect(text(count)).to.equal('1 term');
      expect(headwords(element)).to.deep.equal(['iron']);
    });

    it('counts in European Portuguese: "0 termos", not the Brazilian "0 termo"', async () => {
      await settled<OreGlossary>(html`<ore-glossary lang="pt"></ore-glossary>`);
      const t = translatorFor('pt');
      expect([0, 1, 2].map((count) => t('glossary.count', { count }))).to.deep.equal(['0 termos', '1 termo', '2 termos']);
    });

    it('filters as you type, in the term or the definition, ignoring case', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      await filter(element, 'ORE');
      // "ore" and "ore grade" by name, "tailings" by its definition ("…taken out of ore").
      expect(headwords(element)).to.deep.equal(['ore', 'ore grade', 'tailings']);
      expect(letters(element)).to.deep.equal(['O', 'T']);
      expect(all(element, '[part~="letter"]').map((link) => text(link))).to.deep.equal(['O', 'T']);
      expect(text(part(element, 'count'))).to.equal('3 terms');

      await filter(element, 'grams  TONNE ');
      expect(headwords(element)).to.deep.equal(['ore grade']);

      await filter(element, '');
      expect(headwords(element)).to.deep.equal(EN_TERMS);
      expect(text(part(element, 'count'))).to.equal('9 terms');
    });

    it('folds accents both ways: an accented query finds plain text', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      await filter(element, 'QUÁRTZ');
      expect(headwords(element)).to.deep.equal(['mineral']);
      await filter(element, 'MÍNÉRAL');
      // The term, and three definitions that speak of minerals.
      expect(headwords(element)).to.deep.equal(['mineral', 'ore', 'ore grade', 'tailings']);
    });

    it('folds away invisible marks: a word pasted with a soft hyphen or a direction mark still finds its term', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      await filter(element, 'Cob\u00ADalt');
      expect(headwords(element)).to.include('Cobalt');
      await filter(element, '\u200Ftailings');
      expect(headwords(element)).to.include('tailings');
    });

    it('says so when nothing matches, in the live region, and shows no empty groups', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      await filter(element, 'oree');
      expect(text(part(element, 'count'))).to.equal('No term matches “oree”.');
      expect(all(element, 'dt')).to.have.length(0);
      expect(part(element, 'group')).to.equal(null);
      expect(part(element, 'letters')).to.equal(null);
      await expectNoAxeViolations(element);
    });

    it('a letter link moves focus to its heading inside the glossary, not the host page', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const nav = part(element, 'letters')!;
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Jump to a letter');
      const before = location.hash;
      const link = all(element, '[part~="letter"]').find((a) => text(a) === 'R')!;
      link.click();
      expect(location.hash).to.equal(before);
      const focused = element.shadowRoot!.activeElement as HTMLElement;
      expect(focused.localName).to.equal('h3');
      expect(text(focused)).to.equal('R');
      expect(focused.nextElementSibling!.querySelector('dt')!.id).to.equal('term-recycling');
    });

    it('works by keyboard: type in the box, Tab to a letter, Enter moves focus to its group', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      filterInput(element).focus();
      await sendKeys({ type: 'metal' });
      await element.updateComplete;
      expect(filterInput(element).value).to.equal('metal');
      // cobalt, iron, lithium by definition; ore and ore grade ("…valuable mineral or metal").
      expect(headwords(element)).to.deep.equal(['Cobalt', 'iron', 'lithium', 'ore', 'ore grade']);
      expect(text(part(element, 'count'))).to.equal('5 terms');

      await sendKeys({ press: 'Tab' });
      expect(text(element.shadowRoot!.activeElement as HTMLElement)).to.equal('C');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      const focused = element.shadowRoot!.activeElement as HTMLElement;
      expect(focused.localName).to.equal('h3');
      expect(text(focused)).to.equal('I');
    });

    it('"See also" in the list moves focus to the related term, clearing a filter that hides it', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      await filter(element, 'grams');
      expect(headwords(element)).to.deep.equal(['ore grade']);
      const related = part(element, 'related')!;
      expect(text(related)).to.contain('See also');
      (related.querySelector('button[data-term="ore"]') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(filterInput(element).value).to.equal('');
      expect(headwords(element)).to.deep.equal(EN_TERMS);
      expect(element.shadowRoot!.activeElement?.id).to.equal('term-ore');
    });

    it('an empty term attribute shows the whole glossary', async () => {
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary term="" lang="en"></ore-glossary>`);
      expect(event.type).to.equal('ore-ready');
      expect(headwords(element)).to.deep.equal(EN_TERMS);
    });
  });

  describe('other languages', () => {
    it('renders in German, with translated terms, fallback terms marked with their real lang', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="de"></ore-glossary>`);
      expect(text(part(element, 'title'))).to.equal('Glossar');
      expect(text(filterInput(element).labels![0])).to.equal('Glossar filtern');
      expect(text(part(element, 'count'))).to.equal('9 Begriffe');
      expect(part(element, 'letters')!.getAttribute('aria-label')).to.equal('Zu einem Buchstaben springen');
      expect(part(element, 'base')!.getAttribute('lang')).to.equal('de');
      expect(headwords(element)).to.deep.equal([
        'Aufbereitungsrückstände', 'Cobalt', 'Elektroschrott', 'Erz', 'Erzgehalt', 'iron', 'lithium', 'Mineral', 'Recycling',
      ]);
      expect(letters(element)).to.deep.equal(['A', 'C', 'E', 'I', 'L', 'M', 'R']);
      const erzgehalt = element.shadowRoot!.getElementById('term-ore-grade')!;
      expect(erzgehalt.getAttribute('lang')).to.equal('de');
      expect(text(erzgehalt.nextElementSibling!.querySelector('[part~="kind"]'))).to.equal('Konzept');
      const cobalt = element.shadowRoot!.getElementById('term-cobalt')!;
      expect(cobalt.getAttribute('lang')).to.equal('en');
      expect(cobalt.nextElementSibling!.querySelector('p')!.getAttribute('lang')).to.equal('en');
    });

    it('folds German umlauts and case: "RUCKSTANDE" finds "Aufbereitungsrückstände"', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="de"></ore-glossary>`);
      await filter(element, 'RUCKSTANDE');
      expect(headwords(element)).to.deep.equal(['Aufbereitungsrückstände']);
      expect(text(part(element, 'count'))).to.equal('1 Begriff');
      await filter(element, 'erzgehalt');
      expect(headwords(element)).to.deep.equal(['Erzgehalt']);
      await filter(element, 'xyz');
      expect(text(part(element, 'count'))).to.equal('Kein Begriff passt zu „xyz“.');
    });

    it('folds accents in Portuguese ("LITIO" finds "lítio") and Polish ("zelazo" finds "żelazo")', async () => {
      const pt = await settled<OreGlossary>(html`<ore-glossary lang="pt"></ore-glossary>`);
      await filter(pt.element, 'LITIO');
      expect(headwords(pt.element)).to.deep.equal(['lítio']);
      expect(letters(pt.element)).to.deep.equal(['L']);

      const pl = await settled<OreGlossary>(html`<ore-glossary lang="pl"></ore-glossary>`);
      expect(letters(pl.element).at(-1)).to.equal('Z');
      await filter(pl.element, 'zelazo');
      expect(headwords(pl.element)).to.deep.equal(['żelazo']);
      expect(pl.element.shadowRoot!.getElementById('term-iron')!.getAttribute('lang')).to.equal('pl');
    });

    it('groups Greek terms under Greek letters and folds Greek accents ("ορυκτο" finds "ορυκτό")', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="el"></ore-glossary>`);
      expect(letters(element)).to.include.members(['Μ', 'Ο']);
      const omicron = all(element, '[part~="group"]').find((group) => text(group.querySelector('h3')) === 'Ο')!;
      expect([...omicron.querySelectorAll('dt')].map((dt) => dt.id)).to.deep.equal(['term-mineral']);
      await filter(element, 'ορυκτο');
      // The term itself, and "μετάλλευμα", whose definition says "ορυκτό".
      expect(headwords(element)).to.deep.equal(['μετάλλευμα', 'ορυκτό']);
      await filter(element, 'ΟΡΥΚΤΌ');
      expect(headwords(element)).to.deep.equal(['μετάλλευμα', 'ορυκτό']);
    });

    it('re-renders in the new language when lang changes, keeping the filter', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      await filter(element, 'gram');
      const switched = nextOutcome(element);
      element.setAttribute('lang', 'de');
      expect((await switched).type).to.equal('ore-ready');
      expect(text(part(element, 'title'))).to.equal('Glossar');
      expect(filterInput(element).value).to.equal('gram');
      expect(headwords(element)).to.deep.equal(['Erzgehalt']);
    });

  });

  describe('one term', () => {
    it('shows headword, kind, definition and "See also" buttons that switch the term in place', async () => {
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary term="ore" lang="en"></ore-glossary>`);
      expect(event.type).to.equal('ore-ready');
      expect(part(element, 'filter')).to.equal(null);
      expect(part(element, 'letters')).to.equal(null);
      expect(text(part(element, 'label'))).to.equal('Glossary');
      const headword = part(element, 'headword')!;
      expect(headword.localName).to.equal('h2');
      expect(headword.id).to.equal('term-ore');
      expect(text(headword)).to.equal('ore');
      expect(getComputedStyle(headword, '::first-letter').textTransform).to.equal('uppercase');
      expect(text(part(element, 'kind'))).to.equal('Concept');
      expect(text(part(element, 'definition'))).to.equal(
        'Rock that holds enough of a valuable mineral or metal to make it worth mining and processing.',
      );
      expect(part(element, 'symbol')).to.equal(null);
      expect(text(part(element, 'related'))).to.contain('See also');
      const buttons = all(element, '[part~="related-term"]');
      expect(buttons.map((button) => button.localName)).to.deep.equal(['button', 'button', 'button']);
      expect(buttons.map((button) => text(button))).to.deep.equal(['ore grade', 'tailings', 'mineral']);

      let events = 0;
      element.addEventListener('ore-ready', () => events++);
      element.addEventListener('ore-error', () => events++);
      buttons[0].click();
      await element.updateComplete;
      expect(text(part(element, 'headword'))).to.equal('ore grade');
      expect(element.shadowRoot!.activeElement?.id).to.equal('term-ore-grade');
      expect(element.getAttribute('term')).to.equal('ore', 'the page’s attribute is left alone');
      expect(all(element, '[part~="related-term"]').map((button) => text(button))).to.deep.equal(['ore']);
      expect(events).to.equal(0, 'moving to a related term announces nothing');
    });

    it('reads its own term’s file, not the whole glossary, and moves on past the terms that file holds', async () => {
      performance.clearResourceTimings();
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="lithium" lang="en"></ore-glossary>`);
      const fetched = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(fetched().some((path) => path.endsWith('/content/en/glossary/lithium.json')), fetched().join(' ')).to.equal(true);
      expect(fetched().some((path) => path.endsWith('/glossary.json')), 'the whole glossary is not fetched').to.equal(false);

      // lithium's file holds cobalt (related) but not iron (cobalt's related): cobalt's own file brings it.
      (part(element, 'related-term') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(text(part(element, 'headword'))).to.equal('Cobalt Co');
      await waitUntil(() => all(element, '[part~="related-term"]').length === 1, 'cobalt’s related term appears');
      (part(element, 'related-term') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(text(part(element, 'headword'))).to.equal('iron Fe');
      expect(element.shadowRoot!.activeElement?.id).to.equal('term-iron');
    });

    it('shows a material with its chemical symbol', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="lithium" lang="en"></ore-glossary>`);
      expect(text(part(element, 'headword'))).to.equal('lithium Li');
      expect(text(part(element, 'symbol'))).to.equal('Li');
      expect(text(part(element, 'kind'))).to.equal('Material');
      expect(all(element, '[part~="related-term"]').map((button) => text(button))).to.deep.equal(['Cobalt']);
    });

    it('a term without related terms has no "See also"', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="iron" lang="en"></ore-glossary>`);
      expect(text(part(element, 'headword'))).to.equal('iron Fe');
      expect(part(element, 'related')).to.equal(null);
    });

    it('re-renders when the term attribute changes, forgetting a related term shown before', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="ore" lang="en"></ore-glossary>`);
      (part(element, 'related-term') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(text(part(element, 'headword'))).to.equal('ore grade');
      const switched = nextOutcome(element);
      element.setAttribute('term', 'e-waste');
      expect((await switched).type).to.equal('ore-ready');
      expect(text(part(element, 'headword'))).to.equal('E-waste');

      const toList = nextOutcome(element);
      element.removeAttribute('term');
      await toList;
      expect(headwords(element)).to.deep.equal(EN_TERMS);
    });

    it('works by keyboard: Tab to a related term, Enter or Space shows it and focuses its headword', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="ore" lang="en"></ore-glossary>`);
      (part(element, 'headword') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(text(element.shadowRoot!.activeElement as HTMLElement)).to.equal('ore grade');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement?.id).to.equal('term-ore-grade');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement?.id).to.equal('term-ore');
    });

    it('renders a term in German, its fallback related terms marked in English', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="lithium" lang="de"></ore-glossary>`);
      expect(text(part(element, 'label'))).to.equal('Glossar');
      expect(part(element, 'headword')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
      expect(part(element, 'definition')!.getAttribute('lang')).to.equal('en');
      expect(text(part(element, 'kind'))).to.equal('Material');
      expect(text(part(element, 'related'))).to.contain('Siehe auch');

      const switched = nextOutcome(element);
      element.setAttribute('term', 'ore-grade');
      await switched;
      expect(text(part(element, 'headword'))).to.equal('Erzgehalt');
      expect(part(element, 'headword')!.querySelector('span')!.getAttribute('lang')).to.equal('de');
      expect(text(part(element, 'kind'))).to.equal('Konzept');
      expect(all(element, '[part~="related-term"]').map((button) => text(button))).to.deep.equal(['Erz']);
    });
  });

  describe('errors', () => {
    it('an unknown term shows a readable message, fires ore-error and warns, without throwing', async () => {
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary term="no-such-term" lang="en"></ore-glossary>`);
      expect(event.type).to.equal('ore-error');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ code: 'unknown-term', message: 'there is no glossary term "no-such-term" in the en glossary' });
      expect(element.dataset.state).to.equal('error');
      const error = part(element, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('There is no glossary term called “no-such-term”.');
      expect(part(element, 'retry')).to.equal(null);
      expect(warnings.text()).to.contain('no-such-term');
    });

    it('the unknown-term message is in the reader’s language', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="no-such-term" lang="de"></ore-glossary>`);
      expect(text(part(element, 'error'))).to.contain('no-such-term');
      expect(text(part(element, 'error'))).not.to.contain('There is no');
    });

    it('a failed fetch shows a retry button that loads the glossary once the network is back', async () => {
      clearContentCache();
      setKitBase('/no-such-deployment/');
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      expect(event.detail.code).to.equal('network');
      expect(event.detail.message).to.contain('HTTP 404');
      expect(text(part(element, 'error'))).to.contain('could not be loaded');
      expect(warnings.text()).to.contain('glossary.json');

      setKitBase(KIT_BASE);
      const recovered = nextOutcome(element);
      (part(element, 'retry') as HTMLButtonElement).click();
      expect((await recovered).type).to.equal('ore-ready');
      expect(headwords(element)).to.deep.equal(EN_TERMS);
    });

    it('a failed fetch of a single term is a network error too', async () => {
      clearContentCache();
      setKitBase('/no-such-deployment/');
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary term="ore" lang="en"></ore-glossary>`);
      expect(event.detail.code).to.equal('network');
      expect(part(element, 'retry')).to.exist;
    });
  });

  it('reserves space while loading', async () => {
    clearContentCache();
    const element = document.createElement('ore-glossary');
    const ready = oneEvent(element, 'ore-ready');
    (await fixture(html`<div></div>`)).append(element);
    await element.updateComplete;
    expect(part(element, 'loading')).to.exist;
    const em = parseFloat(getComputedStyle(element).fontSize);
    expect(element.getBoundingClientRect().height).to.be.at.least(20 * em);
    await ready;
  });

  const states = {
    list: html`<ore-glossary lang="en"></ore-glossary>`,
    'list in German': html`<ore-glossary lang="de"></ore-glossary>`,
    'single term': html`<ore-glossary term="ore" lang="en"></ore-glossary>`,
    'single material': html`<ore-glossary term="cobalt" lang="en"></ore-glossary>`,
    'unknown term': html`<ore-glossary term="no-such-term" lang="en"></ore-glossary>`,
  };
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, template] of Object.entries(states)) {
      it(`theme=${theme}, ${name}: readable colours and no axe violations`, async () => {
        const { element } = await settled<OreGlossary>(template);
        element.setAttribute('theme', theme);
        await element.updateComplete;
        const surface = luminance(getComputedStyle(part(element, 'base')!).backgroundColor);
        expect(theme === 'dark' ? surface < 0.1 : surface > 0.8, `surface luminance ${surface}`).to.equal(true);
        await expectNoAxeViolations(element);
      });
    }

    it(`theme=${theme}, filtered with no match: no axe violations`, async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en" theme=${theme}></ore-glossary>`);
      await filter(element, 'zzz');
      expect(text(part(element, 'count'))).to.contain('zzz');
      await expectNoAxeViolations(element);
    });

    it(`theme=${theme}, failed fetch: no axe violations`, async () => {
      clearContentCache();
      setKitBase('/no-such-deployment/');
      const { element, event } = await settled<OreGlossary>(html`<ore-glossary lang="en" theme=${theme}></ore-glossary>`);
      expect(event.detail.code).to.equal('network');
      await expectNoAxeViolations(element);
    });
  }

  describe('holds its shape on a real page', () => {
    /** Renders a glossary inside a container of the given inline size. */
    async function inside<T extends HTMLElement = OreGlossary>(width: string, template: ReturnType<typeof html>): Promise<T> {
      const { element } = await settled<T>(html`<div style="inline-size: ${width}">${template}</div>`);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return element;
    }

    it('the A–Z is a fixed box: the list scrolls inside it, under the filter and the letters', async () => {
      const element = await inside('650px', html`<ore-glossary data-testid="subject" lang="en"></ore-glossary>`);
      const box = element.getBoundingClientRect().height;
      const em = parseFloat(getComputedStyle(element).fontSize);
      expect(box).to.be.within(20 * em, 40 * em);
      const scroller = part(element, 'scroller')!;
      expect(scroller !== null, 'the list has its own scrolling box').to.equal(true);
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
      expect(getComputedStyle(scroller).overflowY).to.equal('auto');
      expect(scroller.getBoundingClientRect().bottom).to.be.at.most(element.getBoundingClientRect().bottom + 0.5);
      expect(part(element, 'filter')!.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().top + 0.5);
      expect(part(element, 'letters')!.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().top + 0.5);
      expect(scroller.contains(part(element, 'group')), 'the groups are inside the scrolling box').to.equal(true);

      await filter(element, 'cobalt');
      expect(headwords(element)).to.deep.equal(['Cobalt']);
      expect(element.getBoundingClientRect().height, 'filtering does not change the box').to.be.closeTo(box, 0.5);
    });

    for (const [label, width, style] of [
      ['in a 250 px sidebar, with a language notice', '250px', ''],
      ['at 320 px with the text size doubled', '320px', '--ore-font-size: 32px'],
    ]) {
      it(`the terms keep room to be read ${label}: the letters stay on one line`, async () => {
        const element = await inside('650px', html`<div style="inline-size: ${width}"><ore-glossary data-testid="subject" lang="de" style=${style}></ore-glossary></div>`);
        const scroller = part(element, 'scroller')!;
        const base = part(element, 'base')!;
        const box = element.getBoundingClientRect().height;
        // Either the list has a good share of the box, or (a box a dozen characters wide) the
        // whole box scrolls, heading and filter included, and the terms can fill all of it.
        const wholeBoxScrolls = getComputedStyle(base).overflowY === 'auto' && base.scrollHeight > base.clientHeight;
        expect(wholeBoxScrolls || scroller.clientHeight / box >= 0.35, `the list is ${scroller.clientHeight}px of a ${box}px box`).to.equal(true);
        if (wholeBoxScrolls) {
          base.scrollTop = base.scrollHeight;
          expect(scroller.getBoundingClientRect().top, 'the terms can fill the box').to.be.at.most(base.getBoundingClientRect().top);
          base.scrollTop = 0;
          // The letter jump scrolls the box then.
          all(element, '[part~="letter"]')[3].click();
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const heading = element.shadowRoot!.activeElement as HTMLElement;
          const padding = parseFloat(getComputedStyle(base).paddingTop);
          expect(heading.getBoundingClientRect().top - base.getBoundingClientRect().top, 'the heading at the top of the box').to.be.within(-1, padding + 12);
          expect(base.scrollTop).to.be.greaterThan(0);
        }
        const letters = all(element, '[part~="letter"]').map((link) => Math.round(link.getBoundingClientRect().top));
        expect(new Set(letters).size, 'one row of letters').to.equal(1);
      });
    }

    /** Nodes that stick out of the widget sideways (what makes a page scroll), outside boxes that scroll on purpose. */
    function sticksOut(element: HTMLElement): string[] {
      const box = element.getBoundingClientRect();
      return [...element.shadowRoot!.querySelectorAll('*')]
        .filter((node) => {
          const rect = node.getBoundingClientRect();
          if (!rect.width || !rect.height || node.closest('[data-clip]')) return false;
          return rect.left < box.left - 1 || rect.right > box.right + 1;
        })
        .map((node) => `${node.localName}[part=${node.getAttribute('part')}]`);
    }

    for (const [name, attributes] of [
      ['the A–Z', ''],
      ['a term', 'ore-grade'],
    ]) {
      it(`${name} reflows at 320 px with the text size doubled, in Spanish, without anything sticking out`, async () => {
        const element = await inside(
          '320px',
          html`<ore-glossary data-testid="subject" lang="es" term=${attributes || nothing} style="--ore-font-size: 32px"></ore-glossary>`,
        );
        expect(sticksOut(element)).to.deep.equal([]);
      });
    }

    it('the scrolling list can be reached and scrolled by keyboard and has a name', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const scroller = part(element, 'scroller')!;
      expect(scroller.tabIndex).to.equal(0);
      expect(scroller.getAttribute('role')).to.equal('group');
      expect(scroller.getAttribute('aria-label')).to.equal('Terms A–Z');
    });

    it('filtering brings the list back to its top', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const scroller = part(element, 'scroller')!;
      scroller.scrollTop = 400;
      await filter(element, 'o');
      expect(scroller.scrollTop).to.equal(0);
    });

    it('a letter jump scrolls the list so the letter heading is at its top, not the page', async () => {
      const element = await inside('650px', html`<ore-glossary data-testid="subject" lang="en"></ore-glossary>`);
      const scroller = part(element, 'scroller')!;
      const pageScroll = document.scrollingElement!.scrollTop;
      const link = all(element, '[part~="letter"]').find((a) => text(a) === 'R')!;
      link.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const heading = element.shadowRoot!.getElementById('letter-R')!;
      expect(element.shadowRoot!.activeElement?.id).to.equal('letter-R');
      expect(scroller.scrollTop, 'the list scrolled').to.be.greaterThan(0);
      const offset = heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      expect(offset, `the heading is ${offset}px below the list's top edge`).to.be.within(-1, 12);
      expect(document.scrollingElement!.scrollTop, 'the host page did not scroll').to.equal(pageScroll);

      // The last letter too, though fewer terms follow it than the list is tall.
      all(element, '[part~="letter"]').find((a) => text(a) === 'T')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const last = element.shadowRoot!.getElementById('letter-T')!;
      const lastOffset = last.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      expect(lastOffset, `the last heading is ${lastOffset}px below the list's top edge`).to.be.within(-1, 12);

      // Back to the first letter: the list goes back up.
      all(element, '[part~="letter"]').find((a) => text(a) === 'C')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(scroller.scrollTop).to.be.at.most(1);
    });

    it('after a letter jump, Tab goes on from that letter’s terms, not back to the top', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const link = all(element, '[part~="letter"]').find((a) => text(a) === 'R')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(element.shadowRoot!.activeElement?.id).to.equal('letter-R');
      await sendKeys({ press: 'Tab' });
      const next = element.shadowRoot!.activeElement as HTMLElement;
      expect(next?.getAttribute('part')).to.equal('related-term');
      expect(next.closest('dd')!.previousElementSibling!.id, 'the first button after R (recycling has none)').to.equal('term-tailings');
    });

    it('a skip link, the first stop in the glossary, moves focus past the A–Z in one key press', async () => {
      const { element } = await settled<HTMLElement>(
        html`<div><button id="before">before</button><ore-glossary data-testid="subject" lang="en"></ore-glossary><button id="after">after</button></div>`,
      );
      const glossary = element as OreGlossary;
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const skip = glossary.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(skip?.getAttribute('part'), 'the skip link is the first stop').to.equal('skip');
      expect(text(skip)).to.equal('Skip the glossary');
      expect(skip.getBoundingClientRect().height, 'it is visible once focused').to.be.greaterThan(0);
      const hash = location.hash;
      await sendKeys({ press: 'Enter' });
      expect(location.hash, 'the host page’s URL is left alone').to.equal(hash);
      expect(glossary.shadowRoot!.activeElement?.getAttribute('part')).to.equal('end');
      expect(text(part(glossary, 'end'))).to.equal('End of the glossary');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id, `focus is on ${document.activeElement?.localName} ${glossary.shadowRoot!.activeElement?.getAttribute('part')}`).to.equal('after');
    });

    it('the skip link takes no room until it is focused', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      const skip = part(element, 'skip')!;
      const title = part(element, 'title')!;
      const before = title.getBoundingClientRect().top;
      skip.focus();
      expect(title.getBoundingClientRect().top, 'focusing the skip link moves nothing').to.be.closeTo(before, 0.5);
    });

    it('a single term is a fixed box: a short and a long definition take the same height', async () => {
      const short = await inside('650px', html`<ore-glossary data-testid="subject" term="iron" lang="en"></ore-glossary>`);
      const long = await inside('650px', html`<ore-glossary data-testid="subject" term="ore-grade" lang="en"></ore-glossary>`);
      expect(short.getBoundingClientRect().height).to.be.closeTo(long.getBoundingClientRect().height, 0.5);
      expect(part(long, 'more') === null, 'it fits: no "show more"').to.equal(true);
    });

    it('a term that does not fit offers "Show more", which opens it in place, and "Show less"', async () => {
      // A page that sets a small box (the documented knob) for a term that does not fit in it.
      const element = await inside('650px', html`<ore-glossary data-testid="subject" term="ore" lang="en" style="--ore-glossary-term-block-size: 9em"></ore-glossary>`);
      expect(element.getBoundingClientRect().height, 'the box the page asked for').to.be.closeTo(9 * parseFloat(getComputedStyle(element).fontSize), 0.5);
      const box = element.getBoundingClientRect().height;
      const more = part(element, 'more') as HTMLButtonElement;
      expect(more !== null, '"show more" is offered').to.equal(true);
      expect(text(more)).to.equal('Show more');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(more.getAttribute('aria-controls')).to.equal(part(element, 'body')!.id);
      expect(more.getBoundingClientRect().bottom, 'the button is inside the box').to.be.at.most(element.getBoundingClientRect().bottom + 0.5);
      expect(element.hasAttribute('expanded')).to.equal(false);

      more.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.hasAttribute('expanded')).to.equal(true);
      const open = part(element, 'more')!;
      expect(text(open)).to.equal('Show less');
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.activeElement === open, 'focus stays on the button').to.equal(true);
      expect(element.getBoundingClientRect().height).to.be.greaterThan(box);
      const related = part(element, 'related')!;
      expect(related.getBoundingClientRect().bottom, 'the whole term shows').to.be.at.most(open.getBoundingClientRect().top + 0.5);

      open.click();
      await element.updateComplete;
      expect(element.hasAttribute('expanded')).to.equal(false);
      expect(element.getBoundingClientRect().height).to.be.closeTo(box, 0.5);
    });

    it('heading-level sets the glossary’s headings, sub-headings one level below', async () => {
      const list = await settled<OreGlossary>(html`<ore-glossary lang="en" heading-level="4"></ore-glossary>`);
      expect(part(list.element, 'title')!.localName).to.equal('h4');
      expect(part(list.element, 'group-heading')!.localName).to.equal('h5');
      const single = await settled<OreGlossary>(html`<ore-glossary term="ore" lang="en" heading-level="3"></ore-glossary>`);
      expect(part(single.element, 'headword')!.localName).to.equal('h3');
      const plain = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      expect(part(plain.element, 'title')!.localName).to.equal('h2');
      expect(part(plain.element, 'group-heading')!.localName).to.equal('h3');
    });

    it('an invalid heading-level is ignored with a warning', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en" heading-level="9"></ore-glossary>`);
      expect(part(element, 'title')!.localName).to.equal('h2');
      expect(warnings.text()).to.contain('heading-level="9"');
    });

    it('two glossaries on one page have landmarks with distinct names', async () => {
      const { element } = await settled<HTMLElement>(
        html`<div><ore-glossary lang="en"></ore-glossary><ore-glossary data-testid="subject" lang="en"></ore-glossary><ore-glossary term="ore" lang="en"></ore-glossary></div>`,
      );
      const page = element.parentElement!;
      const lists = [...page.querySelectorAll<OreGlossary>('ore-glossary')].filter((glossary) => !glossary.term);
      await Promise.all(lists.map((list) => list.updateComplete));
      const names = (selector: string) => lists.map((list) => list.shadowRoot!.querySelector(selector)!.getAttribute('aria-label'));
      expect(names('[part~="base"]')).to.deep.equal(['Glossary', 'Glossary 2']);
      expect(names('[part~="letters"]')).to.deep.equal(['Jump to a letter', 'Jump to a letter, glossary 2']);
      const results = await axe.run(page, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
      expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' '))).flat()).to.deep.equal([]);
      expect(results.passes.length, 'axe checked the landmarks').to.be.greaterThan(0);

      lists[0].remove();
      await lists[1].updateComplete;
      expect(lists[1].shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label'), 'alone again, it is just "Glossary"').to.equal('Glossary');
    });
  });

  describe('definitions in another language than the reader’s', () => {
    it('the German A–Z says once, in German, that some terms are shown in English', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="de"></ore-glossary>`);
      const notices = all(element, '[part~="notice"]');
      expect(notices).to.have.length(1);
      expect(text(notices[0])).to.equal('3 Begriffe sind noch nicht übersetzt. Angezeigte Sprache: Englisch.');
      expect(notices[0].closest('[lang]')!.getAttribute('lang')).to.equal('de');
    });

    it('marks each such term with its language, named in the reader’s language', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="de"></ore-glossary>`);
      const tags = all(element, '[part~="lang-tag"]');
      expect(tags.map((tag) => tag.closest('dt')!.id)).to.deep.equal(['term-cobalt', 'term-iron', 'term-lithium']);
      for (const tag of tags) {
        expect(text(tag)).to.equal('Englisch');
        expect(tag.getAttribute('lang'), 'the tag is read in German').to.equal('de');
      }
      expect(element.shadowRoot!.getElementById('term-ore')!.querySelector('[part~="lang-tag"]') === null).to.equal(true);
    });

    it('a reader of the source language gets no such notice', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary lang="en"></ore-glossary>`);
      expect(all(element, '[part~="notice"]')).to.have.length(0);
      expect(all(element, '[part~="lang-tag"]')).to.have.length(0);
    });

    it('a single untranslated term says which language it is shown in', async () => {
      const { element } = await settled<OreGlossary>(html`<ore-glossary term="lithium" lang="de"></ore-glossary>`);
      expect(text(part(element, 'notice'))).to.contain('Englisch');
      (part(element, 'related-term') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(text(part(element, 'headword'))).to.equal('Cobalt Co');
      expect(text(part(element, 'notice'))).to.contain('Englisch');
      const switched = nextOutcome(element);
      element.setAttribute('term', 'ore-grade');
      await switched;
      expect(part(element, 'notice') === null, 'a translated term has none').to.equal(true);
    });
  });

  it('custom properties theme it from the outside', async () => {
    const { element } = await settled<OreGlossary>(
      html`<ore-glossary term="ore" lang="en" style="--ore-color-accent: rgb(0, 90, 0)"></ore-glossary>`,
    );
    expect(getComputedStyle(part(element, 'related-term')!).color).to.equal('rgb(0, 90, 0)');
  });
});
