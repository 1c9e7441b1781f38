import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.ts';

export interface CardArgs {
  card?: string;
  variant: 'full' | 'compact';
  lang?: string;
}

/**
 * Each state of the card, as data: the stories below and the browser tests
 * (tests/browser/stories.test.ts) are both generated from this list.
 */
export const cardExamples: Record<string, { args: CardArgs; outcome: 'ore-ready' | 'ore-error' }> = {
  Full: { args: { card: 'world-e-waste-2022', variant: 'full' }, outcome: 'ore-ready' },
  Compact: { args: { card: 'world-e-waste-2022', variant: 'compact' }, outcome: 'ore-ready' },
  Translated: { args: { card: 'world-e-waste-2022', variant: 'full', lang: 'de' }, outcome: 'ore-ready' },
  FallbackToEnglish: { args: { card: 'cobalt-in-phone-batteries', variant: 'full', lang: 'fi' }, outcome: 'ore-ready' },
  UnknownCard: { args: { card: 'no-such-card', variant: 'full' }, outcome: 'ore-error' },
  MissingAttribute: { args: { variant: 'full' }, outcome: 'ore-error' },
};

/** Renders a card with the story's args and the toolbar's theme. */
export function renderCard(args: CardArgs, theme = 'auto') {
  return html`<ore-card card=${args.card ?? nothing} variant=${args.variant} lang=${args.lang ?? nothing} theme=${theme}></ore-card>`;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/ore-card',
  component: 'ore-card',
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    card: { control: 'text' },
    lang: { control: 'text' },
  },
  render: (args, { globals }) => renderCard(args, globals.theme as string),
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Full: Story = { args: cardExamples.Full.args };
export const Compact: Story = { args: cardExamples.Compact.args };
export const Translated: Story = { args: cardExamples.Translated.args };
export const FallbackToEnglish: Story = { args: cardExamples.FallbackToEnglish.args };
export const UnknownCard: Story = { args: cardExamples.UnknownCard.args };
export const MissingAttribute: Story = { args: cardExamples.MissingAttribute.args };
