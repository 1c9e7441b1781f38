import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.ts';

export interface ExplorerArgs {
  object?: string;
  lang?: string;
  headingLevel?: number;
  /** A part to choose once the object is shown, as a reader would. */
  part?: string;
}

/**
 * Each state of the explorer, as data: the stories below and the browser tests
 * (tests/browser/stories.test.ts) are both generated from this list. Storybook shows the
 * real library; the tests run the same stories on the fixture library, whose `smartphone` has
 * a `battery` too.
 */
export const explorerExamples: Record<string, { args: ExplorerArgs; outcome: 'ore-ready' | 'ore-error' }> = {
  Smartphone: { args: { object: 'smartphone' }, outcome: 'ore-ready' },
  PartChosen: { args: { object: 'smartphone', part: 'battery' }, outcome: 'ore-ready' },
  Translated: { args: { object: 'smartphone', lang: 'de', part: 'battery' }, outcome: 'ore-ready' },
  EnglishFallback: { args: { object: 'smartphone', lang: 'fi' }, outcome: 'ore-ready' },
  UnderAnH3: { args: { object: 'smartphone', headingLevel: 3 }, outcome: 'ore-ready' },
  UnknownObject: { args: { object: 'no-such-object' }, outcome: 'ore-error' },
  MissingObject: { args: { object: '' }, outcome: 'ore-error' },
};

/** Chooses `part` once the explorer is ready, as a click on its button would. */
function chooseOnReady(part?: string) {
  return (event: Event) => {
    if (!part) return;
    const element = event.currentTarget as HTMLElement;
    element.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="part-button"][data-part="${part}"]`)?.click();
  };
}

/** Renders an explorer with the story's args and the toolbar's theme. */
export function renderExplorer(args: ExplorerArgs, theme = 'auto') {
  return html`<ore-explorer
    object=${args.object ?? nothing}
    lang=${args.lang || nothing}
    heading-level=${args.headingLevel ?? nothing}
    theme=${theme}
    @ore-ready=${chooseOnReady(args.part)}
  ></ore-explorer>`;
}

const meta: Meta<ExplorerArgs> = {
  title: 'Elements/ore-explorer',
  component: 'ore-explorer',
  tags: ['autodocs'],
  // The examples and the render function are exported for the browser tests; they are not stories.
  excludeStories: /(Examples|^render[A-Z]\w*)$/,
  argTypes: {
    object: { control: 'select', options: ['smartphone', 'electric-car', 'wind-turbine', 'house', 'laptop', 'bicycle', 'no-such-object'] },
    lang: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    part: { control: 'text' },
  },
  render: (args, { globals }) => renderExplorer(args, globals.theme as string),
};
export default meta;

type Story = StoryObj<ExplorerArgs>;

export const Smartphone: Story = { args: explorerExamples.Smartphone.args };
export const PartChosen: Story = { args: explorerExamples.PartChosen.args };
export const Translated: Story = { args: explorerExamples.Translated.args };
export const EnglishFallback: Story = { args: explorerExamples.EnglishFallback.args };
export const UnderAnH3: Story = { args: explorerExamples.UnderAnH3.args };
export const UnknownObject: Story = { args: explorerExamples.UnknownObject.args, tags: ['ore-error'] };
export const MissingObject: Story = { args: explorerExamples.MissingObject.args, tags: ['ore-error'] };
export const ElectricCar: Story = { args: { object: 'electric-car', part: 'battery' } };
export const WindTurbine: Story = { args: { object: 'wind-turbine', part: 'generator' } };
export const House: Story = { args: { object: 'house', part: 'wiring' } };
export const Laptop: Story = { args: { object: 'laptop', part: 'chips' } };
export const Bicycle: Story = { args: { object: 'bicycle', part: 'frame' } };
