import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, renderElement, type Example } from '../../../.storybook/element-stories.ts';
import './define.ts';

export interface GlossaryArgs {
  term?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number;
  expanded?: boolean;
}

export const glossaryExamples: Record<string, Example<GlossaryArgs>> = {
  WholeGlossary: { args: {}, outcome: 'ore-ready' },
  WholeGlossaryTranslated: { args: { lang: 'de' }, outcome: 'ore-ready' },
  WholeGlossaryUnderAnH3: { args: { 'heading-level': 4 }, outcome: 'ore-ready' },
  OneTerm: { args: { term: 'ore-grade' }, outcome: 'ore-ready' },
  OneMaterial: { args: { term: 'cobalt' }, outcome: 'ore-ready' },
  OneTermOpened: { args: { term: 'ore', expanded: true }, outcome: 'ore-ready' },
  OneTermTranslated: { args: { term: 'ore-grade', lang: 'de' }, outcome: 'ore-ready' },
  UnknownTerm: { args: { term: 'no-such-term' }, outcome: 'ore-error' },
};

/** Renders a glossary with the story's args, in the given theme unless the args set one. */
export function renderGlossary(args: GlossaryArgs, theme = 'auto') {
  return renderElement('ore-glossary', args, theme);
}

const meta: Meta<GlossaryArgs> = {
  title: 'Elements/ore-glossary',
  tags: ['autodocs'],
  // The examples and the render function are exported for the browser tests; they are not stories.
  excludeStories: /(Examples|^render[A-Z]\w*)$/,
  ...elementMeta<GlossaryArgs>('ore-glossary'),
};
export default meta;

type Story = StoryObj<GlossaryArgs>;

export const WholeGlossary: Story = { args: glossaryExamples.WholeGlossary.args };
export const WholeGlossaryTranslated: Story = { args: glossaryExamples.WholeGlossaryTranslated.args };
export const WholeGlossaryUnderAnH3: Story = { args: glossaryExamples.WholeGlossaryUnderAnH3.args };
export const OneTerm: Story = { args: glossaryExamples.OneTerm.args };
export const OneMaterial: Story = { args: glossaryExamples.OneMaterial.args };
export const OneTermOpened: Story = { args: glossaryExamples.OneTermOpened.args };
export const OneTermTranslated: Story = { args: glossaryExamples.OneTermTranslated.args };
export const UnknownTerm: Story = { args: glossaryExamples.UnknownTerm.args, tags: ['ore-error'] };
