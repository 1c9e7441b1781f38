/**
 * No user-visible text escapes translation. Every element, in every variant and case of
 * cases.ts and in the states a reader reaches (feedback, score, a chosen part, a moved carousel),
 * is rendered in the pseudo-locale en-XA (locales/dev-locales.json), where every UI string is
 * accented and bracketed. Then each text node, spoken attribute and CSS generated text is:
 * - pseudo-translated, and marked `lang="en-XA"`;
 * - or content shown in English because it is not translated, and marked `lang="en"`, its real
 *   language (the fixture library has no en-XA content, so all of it falls back);
 * - or numbers and punctuation.
 * A hard-coded English string, content marked with the reader's language instead of its own, or
 * a UI string marked as content fails, naming the node.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ELEMENTS, TAGS, type OreTag } from '../../src/runtime/registry.ts';
import { clearContentCache } from '../../src/runtime/content-client.ts';
import { accent } from '../../src/compiler/pseudo.ts';
import { CASES, VARIANTS, type Attributes } from './cases.ts';
import { KIT_BASE, nextOutcome, part } from './helpers.ts';
import { visibleStrings, type VisibleString } from './visible-text.ts';

const PSEUDO = 'en-XA';
const SOURCE = 'en';

/** A word of plain letters: pseudo-translated text has none, its letters are all accented. */
const ENGLISH_WORD = /[A-Za-z]{2,}/;
const ACCENTED = accent('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
/** Three accented letters in a row: a pseudo-translated UI string. */
const PSEUDO_WORD = new RegExp(`[${ACCENTED}]{3}`, 'u');

/**
 * Words a UI string may carry into the page untranslated: the kit's name, and what the browser's
 * Intl writes, language names and the "and" of a list: it has no pseudo-locale, so it writes English.
 */
const ALWAYS_ALLOWED = [
  'ore-kit',
  new Intl.DisplayNames([SOURCE], { type: 'language' }).of(SOURCE)!,
  ...new Intl.ListFormat(SOURCE, { type: 'conjunction' }).formatToParts(['a', 'b', 'c']).flatMap((p) => (p.type === 'literal' ? (p.value.match(/[A-Za-z]+/g) ?? []) : [])),
];

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` without the allowed words (whole words only, so an allowed "and" hides no "Standard"). */
const withoutAllowed = (text: string, allowed: string[]) =>
  allowed.reduce((left, value) => left.replace(new RegExp(`(?<![A-Za-z])${escape(value)}(?![A-Za-z])`, 'g'), ' '), text);

interface Verdict {
  problems: string[];
  pseudo: number;
  content: number;
}

function judge(strings: VisibleString[], allowed: string[]): Verdict {
  const verdict: Verdict = { problems: [], pseudo: 0, content: 0 };
  for (const { text, lang, where } of strings) {
    const rest = withoutAllowed(text, [...ALWAYS_ALLOWED, ...allowed]);
    const english = ENGLISH_WORD.test(rest);
    const pseudo = PSEUDO_WORD.test(text);
    if (pseudo) verdict.pseudo++;
    if (english && lang === SOURCE) verdict.content++;
    if (english && lang !== SOURCE) verdict.problems.push(`${where} (lang="${lang}"): English text not translated, or content not marked lang="${SOURCE}": ${JSON.stringify(text)}`);
    if (pseudo && lang !== PSEUDO) verdict.problems.push(`${where} (lang="${lang}"): a UI string marked as lang="${lang}": ${JSON.stringify(text)}`);
  }
  return verdict;
}

/** Every widget in the element's shadow tree (a deck's cards) has shown its outcome. */
async function allSettled(element: HTMLElement): Promise<void> {
  const nested = [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => node.localName.startsWith('ore-'));
  await Promise.all(nested.map((node) => (node.dataset.state === 'complete' || node.dataset.state === 'error' ? undefined : nextOutcome(node))));
}

async function render(tag: OreTag, attributes: Attributes): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attributes, lang: PSEUDO })) element.setAttribute(name, value);
  const outcome = nextOutcome(element);
  const holder = await fixture(html`<div style="inline-size: 48em"></div>`);
  holder.append(element);
  await outcome;
  await allSettled(element);
  await element.updateComplete;
  return element;
}

const updated = (element: HTMLElement) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
const click = async (element: HTMLElement, name: string) => {
  part(element, name)!.click();
  await updated(element);
};

/** States a reader reaches by using the element, each a step on the rendered element; `allowed` is what the reader typed. */
const STATES: Partial<Record<OreTag, { name: string; attributes: Attributes; steps: (element: HTMLElement) => Promise<void>; allowed?: string[] }[]>> = {
  'ore-card': [
    {
      name: 'a glossary word’s definition open',
      attributes: CASES['ore-card'].valid,
      steps: async (element) => {
        element.shadowRoot!.querySelector<HTMLElement>('[part~="body"] a[data-term]')!.click();
        await updated(element);
      },
    },
  ],
  'ore-deck': [
    {
      name: 'the carousel moved on',
      attributes: VARIANTS['ore-deck'].carousel,
      steps: async (element) => {
        await click(element, 'next');
        await allSettled(element);
      },
    },
  ],
  'ore-quiz': [
    {
      name: 'every question answered, wrongly, then the score and the review',
      attributes: CASES['ore-quiz'].valid,
      steps: async (element) => {
        while (part(element, 'question')) {
          const choices = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="radio"]')];
          // A wrong answer shows the most: the verdict with the right answer, the explanation, the card.
          choices[choices.length - 1].click();
          await click(element, 'action');
          await click(element, 'action');
        }
        expect(part(element, 'score'), 'the quiz reached its score').not.to.equal(null);
      },
    },
    {
      name: 'checked without an answer',
      attributes: CASES['ore-quiz'].valid,
      steps: (element) => click(element, 'action'),
    },
  ],
  'ore-glossary': [
    {
      name: 'a filter that matches nothing',
      attributes: CASES['ore-glossary'].valid,
      allowed: ['zzzq'],
      steps: async (element) => {
        const input = part(element, 'filter-input') as HTMLInputElement;
        input.value = 'zzzq';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await updated(element);
      },
    },
  ],
  'ore-explorer': [
    {
      name: 'a part chosen',
      attributes: CASES['ore-explorer'].valid,
      steps: async (element) => {
        const chosen = oneEvent(element, 'ore-explorer-select');
        await click(element, 'part-button');
        await chosen;
      },
    },
  ],
};

function expectTranslated(element: HTMLElement, allowed: string[] = []): Verdict {
  const verdict = judge(visibleStrings(element), allowed);
  expect(verdict.problems, verdict.problems.join('\n')).to.deep.equal([]);
  expect(verdict.pseudo, 'no pseudo-translated string at all: en-XA was not used').to.be.greaterThan(0);
  return verdict;
}

for (const tag of TAGS) {
  describe(`<${tag} lang="${PSEUDO}"> shows no text that escaped translation`, () => {
    before(async () => {
      await ELEMENTS[tag]();
    });
    beforeEach(() => clearContentCache());

    for (const [variant, attributes] of Object.entries(VARIANTS[tag])) {
      it(`${variant}: every string is pseudo-translated or English content marked lang="${SOURCE}"`, async () => {
        const element = await render(tag, attributes);
        expect(element.dataset.state).to.equal('complete');
        expect(part(element, 'base')?.getAttribute('lang')).to.equal(PSEUDO);
        // The fixture library has no en-XA content: all of it is shown in English, marked as English.
        expect(expectTranslated(element).content, 'no English content was found, so its marking was not checked').to.be.greaterThan(0);
      });
    }

    it('with invalid attribute values, ignored', async () => {
      expectTranslated(await render(tag, { ...CASES[tag].valid, ...CASES[tag].invalid }));
    });

    for (const { attributes, code, names } of CASES[tag].unknown) {
      it(`the ${code} error message`, async () => {
        const element = await render(tag, attributes);
        expect(element.dataset.state).to.equal('error');
        // The slug the page gave is quoted as it is.
        expectTranslated(element, names.split(','));
      });
    }

    for (const state of STATES[tag] ?? []) {
      it(`${state.name}`, async () => {
        const element = await render(tag, state.attributes);
        await state.steps(element);
        expectTranslated(element, state.allowed);
      });
    }
  });
}

/**
 * The static pages (the link in every snippet, the print view, the share link), as the dev
 * server compiles them in en-XA: their own strings pseudo-translated, the content marked English.
 */
describe(`the static pages in ${PSEUDO} show no text that escaped translation`, () => {
  const pages = {
    'a card page': `cards/${PSEUDO}/${CASES['ore-card'].valid.card}.html`,
    'a quiz worksheet': `quizzes/${PSEUDO}/${CASES['ore-quiz'].valid.quiz}.html`,
    'the glossary': `glossary/${PSEUDO}/index.html`,
    'a topic page': `topics/${PSEUDO}/${CASES['ore-banner'].valid.topic}.html`,
    'an object poster': `objects/${PSEUDO}/${CASES['ore-explorer'].valid.object}.html`,
  };
  for (const [name, page] of Object.entries(pages)) {
    it(`${name} (${page})`, async () => {
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '48em';
      const loaded = oneEvent(frame, 'load');
      frame.src = new URL(page, KIT_BASE).href;
      (await fixture(html`<div></div>`)).append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      expect(doc.documentElement.getAttribute('lang'), `${page} was not served as an ${PSEUDO} page`).to.equal(PSEUDO);
      // The language switch names each language in itself, marked so; the <title> holds the
      // page's content title, which a <title> cannot mark (the h1 does).
      const switcher = [...doc.querySelectorAll('.languages [lang]')];
      // The object poster has no page frame (no navigation, no language switch) yet.
      if (!page.startsWith('objects/')) expect(switcher.length, 'a language switch').to.be.greaterThan(1);
      const strings = visibleStrings(doc).filter(({ where, lang, text }) => !(where === 'a' && lang !== SOURCE && switcher.some((link) => link.textContent === text)));
      const verdict = judge(strings, [doc.querySelector('h1')?.textContent?.trim() ?? '']);
      expect(verdict.problems, verdict.problems.join('\n')).to.deep.equal([]);
      expect(verdict.pseudo, 'no pseudo-translated string at all').to.be.greaterThan(0);
      expect(verdict.content, 'no English content was found, so its marking was not checked').to.be.greaterThan(0);
    });
  }
});
