/** The stories are the fixtures: every story of every element, in light and dark, must settle as it says and pass axe. */
import { expect } from '@open-wc/testing';
import { cardExamples, renderCard } from '../../src/components/ore-card/ore-card.stories.ts';
import { expectNoAxeViolations, settled } from './helpers.ts';

describe('stories as fixtures', () => {
  const originalWarn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = originalWarn));

  for (const [name, example] of Object.entries(cardExamples)) {
    for (const theme of ['light', 'dark']) {
      it(`ore-card / ${name} (${theme}) ends in ${example.outcome} with no axe violations`, async () => {
        const { element, event } = await settled(renderCard(example.args, theme));
        expect(event.type).to.equal(example.outcome);
        expect(element.shadowRoot!.textContent!.trim()).not.to.equal('');
        await expectNoAxeViolations(element);
      });
    }
  }
});
