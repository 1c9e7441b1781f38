/** The stories are the fixtures: every story of every element, in light and dark, must settle as it says and pass axe. */
import { expect } from '@open-wc/testing';
import { render as litRender, type TemplateResult } from 'lit';
import * as cardStories from '../../src/components/ore-card/ore-card.stories.ts';
import * as deckStories from '../../src/components/ore-deck/ore-deck.stories.ts';
import * as bannerStories from '../../src/components/ore-banner/ore-banner.stories.ts';
import * as glossaryStories from '../../src/components/ore-glossary/ore-glossary.stories.ts';
import * as quizStories from '../../src/components/ore-quiz/ore-quiz.stories.ts';
import * as explorerStories from '../../src/components/ore-explorer/ore-explorer.stories.ts';
import { ERROR_TAG } from '../../.storybook/element-stories.ts';
import { argTypesFor, unionValues, declarationOf } from '../../.storybook/manifest.ts';
import { expectNoAxeViolations, nextOutcome, settled } from './helpers.ts';

describe('stories as fixtures', () => {
  const originalWarn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = originalWarn));

  type Examples = Record<string, { args: never; outcome: string }>;
  type Module = Record<string, unknown>;
  const elements: [string, Examples, (args: never, theme: string) => TemplateResult, Module][] = [
    ['ore-card', cardStories.cardExamples as Examples, cardStories.renderCard, cardStories],
    ['ore-deck', deckStories.deckExamples as Examples, deckStories.renderDeck, deckStories],
    ['ore-banner', bannerStories.bannerExamples as Examples, bannerStories.renderBanner, bannerStories],
    ['ore-glossary', glossaryStories.glossaryExamples as Examples, glossaryStories.renderGlossary, glossaryStories],
    ['ore-explorer', explorerStories.explorerExamples as Examples, explorerStories.renderExplorer, explorerStories],
    ['ore-quiz', quizStories.quizExamples as Examples, quizStories.renderQuiz, quizStories],
  ];

  for (const [tag, examples, , module] of elements) {
    it(`${tag}: every example is a story, tagged ${ERROR_TAG} exactly when it ends in ore-error`, () => {
      for (const [name, example] of Object.entries(examples)) {
        const story = module[name] as { args?: unknown; tags?: string[] } | undefined;
        expect(story, `story ${name}`).to.exist;
        expect(story!.args).to.deep.equal(example.args);
        expect((story!.tags ?? []).includes(ERROR_TAG), `${name} tags`).to.equal(example.outcome === 'ore-error');
      }
    });

    it(`${tag}: a select control for every enumerated attribute, and a control for every attribute`, () => {
      const argTypes = argTypesFor(tag);
      for (const attribute of declarationOf(tag).attributes ?? []) {
        const argType = argTypes[attribute.name] as { control?: { type?: string }; options?: unknown[] } | undefined;
        expect(argType?.control?.type, attribute.name).to.be.a('string');
        const values = unionValues(attribute.type?.text);
        if (values) {
          expect(argType!.control!.type, `${attribute.name} is enumerated`).to.equal('select');
          expect(argType!.options).to.deep.equal(values);
        }
      }
      expect((argTypes.theme as { options?: unknown }).options, 'theme offers its values').to.deep.equal(['light', 'dark', 'auto']);
    });
  }

  for (const [name, expected] of [
    ['Feedback', 'explanation'],
    ['Score', 'score'],
  ] as const) {
    it(`ore-quiz / ${name}: its play function answers as a pupil would and reaches the ${expected} state, with no axe violations`, async () => {
      const story = quizStories[name];
      const { element } = await settled(quizStories.renderQuiz(story.args!, 'light'));
      await story.play!({ canvasElement: element.parentElement! } as never);
      expect(element.shadowRoot!.querySelector(`[part~="${expected}"]`), expected).to.exist;
      if (name === 'Score') expect(element.shadowRoot!.querySelector('[part~="result"]')).to.exist;
      await expectNoAxeViolations(element);
    });
  }

  it("sends the element's events to their Storybook actions (onOreReady, onOreQuizAnswer…)", async () => {
    const seen: string[] = [];
    const args = { ...cardStories.cardExamples.Compact.args, onOreReady: (event: Event) => seen.push(event.type), onOreError: (event: Event) => seen.push(event.type) };
    await settled(cardStories.renderCard(args as never, 'light'));
    expect(seen).to.deep.equal(['ore-ready']);
  });

  it('renders only real attribute values: strings, numbers and booleans as a page would write them', () => {
    const holder = document.createElement('div');
    litRender(cardStories.renderCard({ card: 'world-e-waste-2022', variant: 'compact', theme: 'dark', onOreReady: () => {} } as never, 'light'), holder);
    expect(holder.querySelector('ore-card')!.outerHTML).to.equal('<ore-card card="world-e-waste-2022" variant="compact" theme="dark"></ore-card>');
    litRender(quizStories.renderQuiz({ quiz: 'circular-economy', shuffle: true }, 'light'), holder);
    expect(holder.querySelector('ore-quiz')!.getAttribute('shuffle')).to.equal('');
    litRender(quizStories.renderQuiz({ quiz: 'circular-economy', shuffle: false }, 'light'), holder);
    expect(holder.querySelector('ore-quiz')!.hasAttribute('shuffle'), 'shuffle: false leaves the attribute out').to.equal(false);
  });
  const cases = elements.flatMap(([tag, examples, render]) =>
    Object.entries(examples).flatMap(([name, example]) => ['light', 'dark'].map((theme) => ({ tag, name, example, render, theme }))),
  );
  for (const { tag, name, example, render, theme } of cases) {
    it(`${tag} / ${name} (${theme}) ends in ${example.outcome} with no axe violations`, async () => {
      const { element, event } = await settled(render(example.args, theme));
      expect(event.type).to.equal(example.outcome);
      expect(element.shadowRoot!.querySelector('[part~="base"]'), 'renders something, never a blank box').to.exist;
      // Elements made of cards are checked once the cards inside have rendered too.
      await Promise.all(
        [...element.shadowRoot!.querySelectorAll<HTMLElement>('ore-card')].map((card) =>
          card.dataset.state === 'complete' || card.dataset.state === 'error' ? null : nextOutcome(card),
        ),
      );
      await expectNoAxeViolations(element);
    });
  }
});
