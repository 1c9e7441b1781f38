/** The stories are the fixtures: every story of every element, in light and dark, must settle as it says and pass axe. */
import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { cardExamples, renderCard } from '../../src/components/ore-card/ore-card.stories.ts';
import { deckExamples, renderDeck } from '../../src/components/ore-deck/ore-deck.stories.ts';
import { bannerExamples, renderBanner } from '../../src/components/ore-banner/ore-banner.stories.ts';
import { glossaryExamples, renderGlossary } from '../../src/components/ore-glossary/ore-glossary.stories.ts';
import { explorerExamples, renderExplorer } from '../../src/components/ore-explorer/ore-explorer.stories.ts';
import { quizExamples, renderQuiz } from '../../src/components/ore-quiz/ore-quiz.stories.ts';
import { expectNoAxeViolations, nextOutcome, settled } from './helpers.ts';

describe('stories as fixtures', () => {
  const originalWarn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = originalWarn));

  type Examples = Record<string, { args: never; outcome: string }>;
  const elements: [string, Examples, (args: never, theme: string) => TemplateResult][] = [
    ['ore-card', cardExamples as Examples, renderCard],
    ['ore-deck', deckExamples as Examples, renderDeck],
    ['ore-banner', bannerExamples as Examples, renderBanner],
    ['ore-glossary', glossaryExamples as Examples, renderGlossary],
    ['ore-explorer', explorerExamples as Examples, renderExplorer],
    ['ore-quiz', quizExamples as Examples, renderQuiz],
  ];
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
