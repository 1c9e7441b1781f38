/**
 * The element contract, written once and run over every element in the registry: events after
 * the render they announce, unknown slugs, topics and regions, failed and stalled fetches, the
 * unknown-language notice, reserved space, theming from an ancestor, invalid attributes and
 * defining twice. Each element's attributes for it are in cases.ts.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ELEMENTS, TAGS, type OreTag } from '../../src/runtime/registry.ts';
import { defineElement } from '../../src/runtime/define.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { setContentTimeout, setKitBase } from '../../src/runtime/config.ts';
import { emulateMedia } from '@web/test-runner-commands';
import { KIT_BASE, expectNoAxeViolations, luminance, nextOutcome, part, shadowNodes, text, watchWarnings } from './helpers.ts';
import { CASES, type Attributes } from './cases.ts';

function create(tag: OreTag, attributes: Attributes): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ lang: 'en', ...attributes })) element.setAttribute(name, value);
  return element;
}

/** Connects an element (inside `wrapper`, if given) and resolves with its first outcome. */
async function mount(element: HTMLElement, wrapper?: HTMLElement): Promise<CustomEvent> {
  const outcome = nextOutcome(element);
  const holder = await fixture(html`<div></div>`);
  if (wrapper) {
    wrapper.append(element);
    holder.append(wrapper);
  } else {
    holder.append(element);
  }
  return outcome;
}

/** What a synchronous listener sees at the moment an event arrives. */
function snapshotOn(element: HTMLElement, type: 'ore-ready' | 'ore-error') {
  return new Promise<{ state?: string; loading: boolean; error: boolean; base: boolean }>((resolve) => {
    element.addEventListener(
      type,
      () =>
        resolve({
          state: element.dataset.state,
          loading: !!part(element, 'loading'),
          error: !!part(element, 'error'),
          base: !!part(element, 'base'),
        }),
      { once: true },
    );
  });
}

const PAINTED = ['color', 'background-color', 'border-top-color', 'border-inline-start-color', 'fill', 'stroke', 'outline-color'];

function paintsWith(nodes: Element[], color: string): boolean {
  return nodes.some((node) => {
    const style = getComputedStyle(node);
    return PAINTED.some((property) => style.getPropertyValue(property) === color);
  });
}

/** A fetch that never answers until it is aborted, as a stalled server does. */
function stallFetch(): () => void {
  const original = window.fetch;
  window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    });
  return () => {
    window.fetch = original;
  };
}

for (const tag of TAGS) {
  const contract = CASES[tag];

  describe(`<${tag}> keeps the element contract`, () => {
    const warnings = watchWarnings();

    before(async () => {
      await ELEMENTS[tag]();
    });

    beforeEach(() => clearContentCache());

    it('dispatches ore-ready after the render it announces: a synchronous listener finds the content', async () => {
      const element = create(tag, contract.valid);
      const seen = snapshotOn(element, 'ore-ready');
      expect((await mount(element)).type).to.equal('ore-ready');
      expect(await seen).to.deep.equal({ state: 'complete', loading: false, error: false, base: true });
    });

    for (const { attributes, code, names } of contract.unknown) {
      it(`${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')} is an error (${code}), shown before ore-error fires`, async () => {
        const element = create(tag, attributes);
        const seen = snapshotOn(element, 'ore-error');
        const event = await mount(element);
        expect(event.type).to.equal('ore-error');
        expect(event.detail.code).to.equal(code);
        expect(await seen).to.include({ state: 'error', loading: false, error: true });
        expect(text(part(element, 'error'))).to.contain(names.split(',')[0]);
        expect(warnings.text()).to.contain(names);
        expect(part(element, 'retry'), 'a wrong slug is not retried').to.equal(null);
        await expectNoAxeViolations(element);
      });
    }

    it('a failed fetch shows a message and "try again", which really retries', async () => {
      setKitBase('/no-such-deployment/');
      const element = create(tag, contract.valid);
      const event = await mount(element);
      expect(event.detail.code).to.equal('network');
      expect(text(part(element, 'error'))).to.contain('could not be loaded');
      expect(warnings.text()).to.contain('no-such-deployment');
      setKitBase(KIT_BASE);
      const recovered = nextOutcome(element);
      (part(element, 'retry') as HTMLButtonElement).click();
      expect((await recovered).type).to.equal('ore-ready');
    });

    it('content that never answers times out with a message, ore-error and a working "try again"', async () => {
      setContentTimeout(300);
      const restore = stallFetch();
      try {
        const element = create(tag, contract.valid);
        const started = performance.now();
        const event = await mount(element);
        expect(event.detail.code).to.equal('timeout');
        expect(performance.now() - started).to.be.below(3000);
        expect(text(part(element, 'error'))).to.contain('too long');
        expect(warnings.list.filter((w) => String(w[0]).includes('no answer'))).to.have.length(1);
        restore();
        const recovered = nextOutcome(element);
        (part(element, 'retry') as HTMLButtonElement).click();
        expect((await recovered).type).to.equal('ore-ready');
      } finally {
        restore();
        setContentTimeout(10_000);
      }
    });

    it('shows its placeholder, and an error its strings could not reach, in English marked lang="en"', async () => {
      // Czech strings that never arrive: the placeholder is the bundled English one meanwhile.
      setContentTimeout(300);
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).endsWith('/cs/ui.json')
          ? new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
          : original(input, init);
      try {
        const element = create(tag, { ...contract.valid, lang: 'cs' });
        const outcome = mount(element);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const loading = part(element, 'loading');
        expect(text(loading)).to.equal('Loading…');
        expect(loading?.getAttribute('lang')).to.equal('en');
        await outcome;
        // Everything stalled, in Czech: the timeout's message is English, and says so.
        const restore = stallFetch();
        try {
          clearContentCache();
          const stalled = create(tag, { ...contract.valid, lang: 'cs' });
          expect((await mount(stalled)).detail.code).to.equal('timeout');
          expect(part(stalled, 'error')?.getAttribute('lang')).to.equal('en');
          expect(text(part(stalled, 'error'))).to.contain('too long');
        } finally {
          restore();
        }
      } finally {
        window.fetch = original;
        setContentTimeout(10_000);
      }
    });

    it('an unknown lang renders in English with a notice and one warning, and is ready, not an error', async () => {
      const element = create(tag, { ...contract.valid, lang: 'xx-unknown' });
      const errors: Event[] = [];
      element.addEventListener('ore-error', (event) => errors.push(event));
      expect((await mount(element)).type).to.equal('ore-ready');
      expect(errors).to.deep.equal([]);
      expect(text(part(element, 'notice'))).to.contain('“xx-unknown” is not one of the kit’s languages');
      expect(warnings.list.filter((w) => String(w[0]).includes('xx-unknown'))).to.have.length(1);
    });

    it('reserves space while its content loads', async () => {
      const restore = stallFetch();
      try {
        const element = create(tag, contract.valid);
        void mount(element);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(element.dataset.state).to.equal('pending');
        const em = parseFloat(getComputedStyle(element).fontSize);
        expect(element.getBoundingClientRect().height).to.be.at.least(3 * em);
      } finally {
        restore();
      }
    });

    it('takes --ore-color-accent from an ancestor, nested elements included', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.setProperty('--ore-color-accent', 'rgb(0, 90, 0)');
      const element = create(tag, contract.valid);
      await mount(element, wrapper);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(paintsWith(shadowNodes(element), 'rgb(0, 90, 0)'), 'nothing in the widget uses the accent').to.equal(true);
    });

    it('takes the theme tokens from :root', async () => {
      document.documentElement.style.setProperty('--ore-color-surface', 'rgb(250, 240, 200)');
      try {
        const element = create(tag, contract.valid);
        await mount(element);
        expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(250, 240, 200)');
      } finally {
        document.documentElement.style.removeProperty('--ore-color-surface');
      }
    });

    it('theme="auto" follows the host page’s color-scheme, not the reader’s system alone', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const surface = async (wrapper: HTMLElement) => {
          const element = create(tag, contract.valid);
          await mount(element, wrapper);
          return luminance(getComputedStyle(part(element, 'base')!).backgroundColor);
        };
        // A school page that declares nothing stays light, even for a pupil in dark mode.
        expect(await surface(document.createElement('div'))).to.be.above(0.8);
        const darkAware = document.createElement('div');
        darkAware.style.colorScheme = 'light dark';
        expect(await surface(darkAware)).to.be.below(0.1);
        const forcedLight = document.createElement('div');
        forcedLight.style.colorScheme = 'light dark';
        const element = create(tag, { ...contract.valid, theme: 'light' });
        await mount(element, forcedLight);
        expect(luminance(getComputedStyle(part(element, 'base')!).backgroundColor)).to.be.above(0.8);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('ignores invalid attribute values with a warning naming each, and still works', async () => {
      const element = create(tag, { ...contract.valid, ...contract.invalid });
      expect((await mount(element)).type).to.equal('ore-ready');
      for (const [name, value] of Object.entries(contract.invalid)) {
        expect(warnings.text(), `${name}="${value}"`).to.contain(`${name}="${value}"`);
      }
      for (const link of shadowNodes(element).filter((node) => node.localName === 'a')) {
        expect(link.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
      }
    });

    it('defining it a second time raises no error and keeps the first definition', () => {
      const first = customElements.get(tag);
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(tag)).to.equal(first);
    });
  });
}

describe('the deck passes inherited theming to its cards', () => {
  before(async () => {
    await ELEMENTS['ore-deck']();
  });

  it('<div style="--ore-color-accent: rgb(0,90,0)"><ore-deck> shows that accent inside every card', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('--ore-color-accent', 'rgb(0, 90, 0)');
    const deck = create('ore-deck', { topic: 'circular-economy', layout: 'grid' });
    await mount(deck, wrapper);
    const cards = [...deck.shadowRoot!.querySelectorAll('ore-card')];
    expect(cards.length).to.be.greaterThan(1);
    await Promise.all(cards.map((card) => (card.dataset.state === 'complete' ? undefined : oneEvent(card, 'ore-ready'))));
    for (const card of cards) {
      // The accent edge of each card's box.
      expect(getComputedStyle(part(card, 'base')!).borderTopColor, card.getAttribute('card')!).to.equal('rgb(0, 90, 0)');
    }
  });
});
