import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/components/ore-banner/define.ts';
import type { OreBanner } from '../../src/components/ore-banner/ore-banner.ts';
import { setKitBase } from '../../src/runtime/config.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { expectNoAxeViolations, part, settled, text, watchWarnings } from './helpers.ts';

import FakeTimers from '@sinonjs/fake-timers';

const shownFact = (banner: Element) => text(banner.shadowRoot!.querySelector('[part~="fact"].current [part~="fact-text"]'));

describe('<ore-banner>', () => {
  const warnings = watchWarnings();
  /** Only the rotation's interval is faked: fetches and Lit's microtasks run as usual. */
  let clock: ReturnType<typeof FakeTimers.install> | undefined;
  const fakeTimers = () => (clock = FakeTimers.install({ toFake: ['setInterval', 'clearInterval'] }));
  /** Moves the fake clock on and lets the banner render what happened. */
  const advance = async (element: OreBanner, ms: number) => {
    clock!.tick(ms);
    await element.updateComplete;
  };
  afterEach(async () => {
    clock?.uninstall();
    clock = undefined;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows one short fact at a time, with its figure and a link to its card', async () => {
    const { element, event } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" lang="en"></ore-banner>`);
    expect(event.type).to.equal('ore-ready');
    expect(text(part(element, 'label'))).to.equal('Did you know?');
    expect(part(element, 'base')!.getAttribute('aria-label')).to.equal('Did you know?');
    const facts = [...element.shadowRoot!.querySelectorAll('[part~="fact"]')];
    expect(facts).to.have.length(2);
    expect(facts.filter((f) => f.classList.contains('current'))).to.have.length(1);
    expect(facts[1].hasAttribute('inert'), 'hidden facts cannot be focused').to.equal(true);
    expect(shownFact(element)).to.contain('old phone in a drawer');
    const second = facts[1];
    expect(text(second.querySelector('[part~="fact-value"]'))).to.equal('22.3%');
    expect(text(second.querySelector('[part~="fact-label"]'))).to.contain('documented as collected');
    const link = part(element, 'link') as HTMLAnchorElement;
    expect(text(link), 'the link says what it opens').to.equal('Read more: Recycling old phones');
    expect(new URL(link.href).pathname).to.equal('/cards/en/recycling-phones.html');
    expect(text(part(element, 'position'))).to.equal('Fact 1 of 2');
    await expectNoAxeViolations(element);
  });

  it('a long link never squeezes the fact out: the fact keeps most of a wide strip', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 800px"></div>`);
    const banner = document.createElement('ore-banner');
    banner.setAttribute('topic', 'circular-economy');
    banner.setAttribute('href', 'https://www.example.org/a-very-long-path-for-the-regional-outreach-programme-page');
    const ready = oneEvent(banner, 'ore-ready');
    wrapper.append(banner);
    await ready;
    const fact = banner.shadowRoot!.querySelector('[part~="fact"].current')!;
    expect(fact.getBoundingClientRect().width).to.be.greaterThan(250);
  });

  it('links every fact to href when it is set', async () => {
    const { element } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" href="https://example.org/visit"></ore-banner>`);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')].map((a) => a.href);
    expect(links).to.deep.equal(['https://example.org/visit']);
    expect(text(part(element, 'link')), 'named by the site it opens').to.equal('More on example.org');
  });

  it('rotates every interval seconds without changing its height', async () => {
    fakeTimers();
    const { element } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" interval="1" lang="en"></ore-banner>`);
    const height = element.getBoundingClientRect().height;
    const first = shownFact(element);
    await advance(element, 1200);
    expect(shownFact(element)).not.to.equal(first);
    expect(text(part(element, 'position'))).to.equal('Fact 2 of 2');
    expect(element.getBoundingClientRect().height).to.equal(height);
    await advance(element, 1000);
    expect(shownFact(element)).to.equal(first);
    expect(element.getBoundingClientRect().height).to.equal(height);
  });

  it('pauses while hovered and while focus is inside', async () => {
    fakeTimers();
    const { element } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" interval="1" lang="en"></ore-banner>`);
    const first = shownFact(element);
    element.dispatchEvent(new PointerEvent('pointerenter'));
    await advance(element, 1300);
    expect(shownFact(element), 'hover holds it').to.equal(first);
    element.dispatchEvent(new PointerEvent('pointerleave'));
    part(element, 'toggle')!.focus();
    await advance(element, 1300);
    expect(shownFact(element), 'focus holds it').to.equal(first);
    part(element, 'toggle')!.blur();
    await advance(element, 1300);
    expect(shownFact(element)).not.to.equal(first);
  });

  it('has a pause/play button that stops and restarts the rotation', async () => {
    fakeTimers();
    const { element } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" interval="1" lang="en"></ore-banner>`);
    const toggle = part(element, 'toggle')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Pause the facts');
    toggle.click();
    toggle.blur();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-label')).to.equal('Play the facts');
    const first = shownFact(element);
    await advance(element, 1300);
    expect(shownFact(element)).to.equal(first);
    toggle.click();
    toggle.blur();
    await advance(element, 1300);
    expect(shownFact(element)).not.to.equal(first);
  });

  it('has previous and next buttons that move one fact and keep the strip’s height', async () => {
    fakeTimers();
    const { element } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" interval="5" lang="en"></ore-banner>`);
    const height = element.getBoundingClientRect().height;
    const first = shownFact(element);
    (part(element, 'next') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(shownFact(element)).not.to.equal(first);
    expect(text(part(element, 'position'))).to.equal('Fact 2 of 2');
    (part(element, 'previous') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(shownFact(element)).to.equal(first);
    // A step restarts the timer: the fact the reader chose gets its full time.
    await advance(element, 4000);
    expect(shownFact(element)).to.equal(first);
    expect(element.getBoundingClientRect().height).to.equal(height);
    expect(part(element, 'previous')!.getAttribute('aria-label')).to.equal('Previous fact');
  });

  it('does not rotate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    fakeTimers();
    const { element } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" interval="1" lang="en"></ore-banner>`);
    const first = shownFact(element);
    expect(part(element, 'toggle')!.getAttribute('aria-label')).to.equal('Play the facts');
    await advance(element, 1300);
    expect(shownFact(element)).to.equal(first);
  });

  it('speaks the page language', async () => {
    const { element } = await settled<OreBanner>(html`<div lang="de"><ore-banner data-testid="subject" topic="circular-economy"></ore-banner></div>`);
    expect(text(part(element, 'label'))).not.to.equal('Did you know?');
    expect(element.shadowRoot!.querySelector('[part~="fact"]')!.getAttribute('lang')).to.equal('de');
  });

  it('an empty selection shows a readable message', async () => {
    const { element, event } = await settled<OreBanner>(html`<ore-banner topic="circular-economy" region="lapland" lang="en"></ore-banner>`);
    expect(event.type).to.equal('ore-ready');
    expect(text(part(element, 'empty'))).to.equal('No facts to show for this selection.');
  });

  it('a failed fetch shows the error and fires ore-error', async () => {
    clearContentCache();
    setKitBase('/no-such-deployment/');
    const banner = document.createElement('ore-banner');
    const error = oneEvent(banner, 'ore-error');
    (await fixture(html`<div></div>`)).append(banner);
    expect((await error).detail.code).to.equal('network');
    await banner.updateComplete;
    expect(text(part(banner, 'error'))).to.contain('could not be loaded');
    expect(warnings.text()).to.contain('no-such-deployment');
    await expectNoAxeViolations(banner);
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme} theme has no axe violations`, async () => {
      const { element } = await settled<OreBanner>(html`<ore-banner lang="en" theme=${theme}></ore-banner>`);
      await expectNoAxeViolations(element);
    });
  }
});
