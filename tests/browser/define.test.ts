/** A page that loads the kit twice, or two versions of it, must not see "already defined" errors. */
import { expect } from '@open-wc/testing';
import '../../src/components/ore-card/ore-card.ts';
import '../../src/components/ore-deck/ore-deck.ts';
import '../../src/components/ore-banner/ore-banner.ts';
import '../../src/components/ore-quiz/ore-quiz.ts';
import '../../src/components/ore-glossary/ore-glossary.ts';
import { defineElement } from '../../src/runtime/define.ts';

describe('defining an element a second time', () => {
  const classes: Record<string, string> = {
    'ore-card': 'OreCard',
    'ore-deck': 'OreDeck',
    'ore-banner': 'OreBanner',
    'ore-quiz': 'OreQuiz',
    'ore-glossary': 'OreGlossary',
  };
  for (const [tag, name] of Object.entries(classes)) {
    it(`<${tag}>: raises no error and keeps the first definition`, () => {
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(tag)!.name).to.equal(name);
    });
  }
});
