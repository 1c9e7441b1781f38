/**
 * The one-script entry's loader: elements load on first sight, in the document and in shadow
 * roots handed to discover(); a chunk that fails to load leaves each waiting element a message
 * in its language, its fallback link and an ore-error, never a blank box.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createAutoloader } from '../../src/runtime/autoload.ts';
import { ELEMENTS } from '../../src/runtime/registry.ts';
import { watchWarnings } from './helpers.ts';

describe('the autoloader', () => {
  const warnings = watchWarnings();

  it('a chunk that fails to load gives each waiting element a message, its fallback link and ore-error', async () => {
    const loader = createAutoloader({ 'ore-failing': () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });
    const holder = await fixture(html`<div>
      <ore-failing lang="de"><p><a href="cards/de/x.html">Die Karte</a></p></ore-failing>
      <ore-failing lang="fi"><p><a href="cards/fi/x.html">Kortti</a></p></ore-failing>
    </div>`);
    const [german, finnish] = holder.querySelectorAll('ore-failing');
    const errors = [oneEvent(german, 'ore-error'), oneEvent(finnish, 'ore-error')];
    loader.discover(holder.getRootNode() as Document);
    const [first] = await Promise.all(errors);
    expect(first.detail.code).to.equal('load-failed');
    const message = german.querySelector('[data-ore-kit-message]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.getAttribute('lang')).to.equal('de');
    expect(message.textContent).to.contain('konnte nicht geladen werden');
    expect(finnish.querySelector('[data-ore-kit-message]')!.textContent).to.contain('ei voitu ladata');
    expect(german.querySelector('a')!.textContent).to.equal('Die Karte');
    expect(warnings.text()).to.contain('Failed to fetch dynamically imported module');
  });

  it('tries again for the next element once a chunk failed', async () => {
    let attempts = 0;
    const loader = createAutoloader({ 'ore-flaky': () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()) });
    const holder = await fixture(html`<div><ore-flaky></ore-flaky></div>`);
    const failed = oneEvent(holder.querySelector('ore-flaky')!, 'ore-error');
    loader.discover(document);
    await failed;
    holder.append(document.createElement('ore-flaky'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(attempts).to.equal(2);
  });

  it('discover(shadowRoot) loads an ore-card that lives in another component’s shadow root', async () => {
    const loader = createAutoloader(ELEMENTS);
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<ore-card card="world-e-waste-2022" lang="en"></ore-card>';
    const card = shadow.querySelector('ore-card')!;
    const ready = oneEvent(card, 'ore-ready');
    loader.discover(shadow);
    await ready;
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal("The world's e-waste");
  });

  it('watches a discovered shadow root for elements added later', async () => {
    const loaded: string[] = [];
    const loader = createAutoloader({ 'ore-late': async () => void loaded.push('ore-late') });
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    loader.discover(shadow);
    expect(loaded).to.deep.equal([]);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<p><ore-late></ore-late></p>';
    shadow.append(wrapper);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loaded).to.deep.equal(['ore-late']);
  });
});
