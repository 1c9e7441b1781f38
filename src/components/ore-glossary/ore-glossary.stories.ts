import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.ts';

export interface GlossaryArgs {
  term?: string;
  lang?: string;
  headingLevel?: number;
  expanded?: boolean;
}

/**
 * Each state of the glossary, as data: the stories below and the browser tests
 * (tests/browser/stories.test.ts) are both generated from this list.
 */
export const glossaryExamples: Record<string, { args: GlossaryArgs; outcome: 'ore-ready' | 'ore-error' }> = {
  WholeGlossary: { args: {}, outcome: 'ore-ready' },
  WholeGlossaryTranslated: { args: { lang: 'de' }, outcome: 'ore-ready' },
  WholeGlossaryUnderAnH3: { args: { headingLevel: 4 }, outcome: 'ore-ready' },
  OneTerm: { args: { term: 'ore-grade' }, outcome: 'ore-ready' },
  OneMaterial: { args: { term: 'cobalt' }, outcome: 'ore-ready' },
  OneTermOpened: { args: { term: 'ore', expanded: true }, outcome: 'ore-ready' },
  OneTermTranslated: { args: { term: 'ore-grade', lang: 'de' }, outcome: 'ore-ready' },
  UnknownTerm: { args: { term: 'no-such-term' }, outcome: 'ore-error' },
};

/** Renders a glossary with the story's args and the toolbar's theme. */
export function renderGlossary(args: GlossaryArgs, theme = 'auto') {
  return html`<ore-glossary
    term=${args.term || nothing}
    lang=${args.lang || nothing}
    heading-level=${args.headingLevel && args.headingLevel !== 2 ? args.headingLevel : nothing}
    ?expanded=${args.expanded}
    theme=${theme}
  ></ore-glossary>`;
}

const meta: Meta<GlossaryArgs> = {
  title: 'Elements/ore-glossary',
  component: 'ore-glossary',
  tags: ['autodocs'],
  // The examples and the render function are shared with the tests, not stories.
  excludeStories: ['glossaryExamples', 'renderGlossary'],
  argTypes: {
    term: { control: 'text', description: 'Slug of one term; empty for the whole glossary A–Z.' },
    lang: { control: 'text' },
    headingLevel: { name: 'heading-level', control: 'select', options: [1, 2, 3, 4, 5, 6] },
    expanded: { control: 'boolean', description: 'A single term opened to its full length.' },
  },
  render: (args, { globals }) => renderGlossary(args, globals.theme as string),
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
export const UnknownTerm: Story = { args: glossaryExamples.UnknownTerm.args };
