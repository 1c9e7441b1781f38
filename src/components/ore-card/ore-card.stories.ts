import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, renderElement, type Example } from '../../../.storybook/element-stories.ts';
import './define.ts';

export interface CardArgs {
  card?: string;
  variant?: 'full' | 'compact';
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * Each state of the card, as data: the stories below and the browser tests
 * (tests/browser/stories.test.ts) are both generated from this list.
 */
export const cardExamples: Record<string, Example<CardArgs>> = {
  Full: { args: { card: 'world-e-waste-2022', variant: 'full' }, outcome: 'ore-ready' },
  Compact: { args: { card: 'world-e-waste-2022', variant: 'compact' }, outcome: 'ore-ready' },
  Translated: { args: { card: 'world-e-waste-2022', variant: 'full', lang: 'de' }, outcome: 'ore-ready' },
  FallbackToEnglish: { args: { card: 'cobalt-in-phone-batteries', variant: 'full', lang: 'fi' }, outcome: 'ore-ready' },
  UnknownCard: { args: { card: 'no-such-card', variant: 'full' }, outcome: 'ore-error' },
  MissingAttribute: { args: { variant: 'full' }, outcome: 'ore-error' },
};

/** Renders a card with the story's args, in the given theme unless the args set one. */
export function renderCard(args: CardArgs, theme = 'auto') {
  return renderElement('ore-card', args, theme);
}

const meta: Meta<CardArgs> = {
  title: 'Elements/ore-card',
  tags: ['autodocs'],
  // The examples and the render function are exported for the browser tests; they are not stories.
  excludeStories: /(Examples|^render[A-Z]\w*)$/,
  ...elementMeta<CardArgs>('ore-card'),
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Full: Story = { args: cardExamples.Full.args };
export const Compact: Story = { args: cardExamples.Compact.args };
export const Translated: Story = { args: cardExamples.Translated.args };
export const FallbackToEnglish: Story = { args: cardExamples.FallbackToEnglish.args };
export const UnknownCard: Story = { args: cardExamples.UnknownCard.args, tags: ['ore-error'] };
export const MissingAttribute: Story = { args: cardExamples.MissingAttribute.args, tags: ['ore-error'] };
