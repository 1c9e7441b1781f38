/** Windows High Contrast and other forced-colour modes: every element keeps visible edges and stays accessible. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { cardExamples, renderCard } from '../../src/components/ore-card/ore-card.stories.ts';
import { deckExamples, renderDeck } from '../../src/components/ore-deck/ore-deck.stories.ts';
import { bannerExamples, renderBanner } from '../../src/components/ore-banner/ore-banner.stories.ts';
import { glossaryExamples, renderGlossary } from '../../src/components/ore-glossary/ore-glossary.stories.ts';
import { explorerExamples, renderExplorer } from '../../src/components/ore-explorer/ore-explorer.stories.ts';
import { quizExamples, renderQuiz } from '../../src/components/ore-quiz/ore-quiz.stories.ts';
import { expectNoAxeViolations, part, settled } from './helpers.ts';

describe('forced colors', () => {
  before(() => executeServerCommand('emulate-forced-colors', { value: 'active' }));
  after(() => executeServerCommand('emulate-forced-colors', { value: 'none' }));

  const first = <T>(examples: Record<string, { args: T }>) => Object.values(examples)[0].args as never;
  const cases: [string, TemplateResult][] = [
    ['ore-card', renderCard(first(cardExamples))],
    ['ore-deck', renderDeck(first(deckExamples))],
    ['ore-banner', renderBanner(first(bannerExamples))],
    ['ore-quiz', renderQuiz(first(quizExamples))],
    ['ore-glossary', renderGlossary(first(glossaryExamples))],
    ['ore-explorer', renderExplorer(explorerExamples.PartChosen.args)],
  ];

  for (const [tag, template] of cases) {
    it(`${tag} keeps a visible border in the system colours and no axe violations`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { element, event } = await settled(template);
      expect(event.type).to.equal('ore-ready');
      const base = getComputedStyle(part(element, 'base')!);
      expect(base.borderInlineStartStyle).to.equal('solid');
      expect(base.borderInlineStartColor).not.to.equal('rgba(0, 0, 0, 0)');
      await expectNoAxeViolations(element);
    });
  }
});
