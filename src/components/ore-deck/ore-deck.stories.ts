import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, renderElement, type Example } from '../../../.storybook/element-stories.ts';
import './define.ts';

export interface DeckArgs {
  topic?: string;
  tags?: string;
  region?: string;
  cards?: string;
  layout?: 'carousel' | 'grid';
  limit?: number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** Each state of the deck, as data: the stories and the browser tests are generated from it. */
export const deckExamples: Record<string, Example<DeckArgs>> = {
  Carousel: { args: { layout: 'carousel', topic: 'circular-economy' }, outcome: 'ore-ready' },
  Grid: { args: { layout: 'grid', limit: 6 }, outcome: 'ore-ready' },
  ChosenCards: { args: { layout: 'carousel', cards: 'world-e-waste-2022,cobalt-in-phone-batteries' }, outcome: 'ore-ready' },
  /** A valid selection that matches nothing: a message, and ready. */
  Empty: { args: { layout: 'grid', topic: 'circular-economy', region: 'lapland' }, outcome: 'ore-ready' },
  /** A typo in the topic is an error, not an empty deck. */
  UnknownTopic: { args: { layout: 'grid', topic: 'no-such-topic' }, outcome: 'ore-error' },
};

/** Renders a deck with the story's args, in the given theme unless the args set one. */
export function renderDeck(args: DeckArgs, theme = 'auto') {
  return renderElement('ore-deck', args, theme);
}

const meta: Meta<DeckArgs> = {
  title: 'Elements/ore-deck',
  tags: ['autodocs'],
  // The examples and the render function are exported for the browser tests; they are not stories.
  excludeStories: /(Examples|^render[A-Z]\w*)$/,
  ...elementMeta<DeckArgs>('ore-deck'),
};
export default meta;

type Story = StoryObj<DeckArgs>;

export const Carousel: Story = { args: deckExamples.Carousel.args };
export const Grid: Story = { args: deckExamples.Grid.args };
export const ChosenCards: Story = { args: deckExamples.ChosenCards.args };
export const Empty: Story = { args: deckExamples.Empty.args };
export const UnknownTopic: Story = { args: deckExamples.UnknownTopic.args, tags: ['ore-error'] };
