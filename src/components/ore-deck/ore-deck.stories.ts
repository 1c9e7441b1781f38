import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.ts';

export interface DeckArgs {
  topic?: string;
  tags?: string;
  region?: string;
  cards?: string;
  layout: 'carousel' | 'grid';
  limit?: number;
}

/** Each state of the deck, as data: the stories and the browser tests are generated from it. */
export const deckExamples: Record<string, { args: DeckArgs; outcome: 'ore-ready' | 'ore-error' }> = {
  Carousel: { args: { layout: 'carousel', topic: 'circular-economy' }, outcome: 'ore-ready' },
  Grid: { args: { layout: 'grid', limit: 6 }, outcome: 'ore-ready' },
  ChosenCards: { args: { layout: 'carousel', cards: 'world-e-waste-2022,cobalt-in-phone-batteries' }, outcome: 'ore-ready' },
  /** A valid selection that matches nothing: a message, and ready. */
  Empty: { args: { layout: 'grid', topic: 'circular-economy', region: 'lapland' }, outcome: 'ore-ready' },
  /** A typo in the topic is an error, not an empty deck. */
  UnknownTopic: { args: { layout: 'grid', topic: 'no-such-topic' }, outcome: 'ore-error' },
};

export function renderDeck(args: DeckArgs, theme = 'auto') {
  return html`<ore-deck
    layout=${args.layout}
    topic=${args.topic ?? nothing}
    tags=${args.tags ?? nothing}
    region=${args.region ?? nothing}
    cards=${args.cards ?? nothing}
    limit=${args.limit ?? nothing}
    theme=${theme}
  ></ore-deck>`;
}

const meta: Meta<DeckArgs> = {
  title: 'Elements/ore-deck',
  component: 'ore-deck',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'inline-radio', options: ['carousel', 'grid'] },
    limit: { control: 'number' },
  },
  render: (args, { globals }) => renderDeck(args, globals.theme as string),
};
export default meta;

type Story = StoryObj<DeckArgs>;
export const Carousel: Story = { args: deckExamples.Carousel.args };
export const Grid: Story = { args: deckExamples.Grid.args };
export const ChosenCards: Story = { args: deckExamples.ChosenCards.args };
export const Empty: Story = { args: deckExamples.Empty.args };
export const UnknownTopic: Story = { args: deckExamples.UnknownTopic.args };
