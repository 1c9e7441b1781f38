import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.ts';

export interface BannerArgs {
  topic?: string;
  region?: string;
  interval?: number;
  href?: string;
}

/** Each state of the banner, as data: the stories and the browser tests are generated from it. */
export const bannerExamples: Record<string, { args: BannerArgs; outcome: 'ore-ready' | 'ore-error' }> = {
  Topic: { args: { topic: 'circular-economy' }, outcome: 'ore-ready' },
  Region: { args: { region: 'lapland', interval: 5 }, outcome: 'ore-ready' },
  CallToAction: { args: { topic: 'circular-economy', href: 'https://example.org/visit-the-mine' }, outcome: 'ore-ready' },
  /** A valid selection that matches nothing: a message, and ready. */
  Empty: { args: { topic: 'circular-economy', region: 'lapland' }, outcome: 'ore-ready' },
  /** A typo in the region is an error, not an empty banner. */
  UnknownRegion: { args: { region: 'no-such-region' }, outcome: 'ore-error' },
};

export function renderBanner(args: BannerArgs, theme = 'auto') {
  return html`<ore-banner
    topic=${args.topic ?? nothing}
    region=${args.region ?? nothing}
    interval=${args.interval ?? nothing}
    href=${args.href ?? nothing}
    theme=${theme}
  ></ore-banner>`;
}

const meta: Meta<BannerArgs> = {
  title: 'Elements/ore-banner',
  component: 'ore-banner',
  tags: ['autodocs'],
  argTypes: { interval: { control: { type: 'number', min: 1 } } },
  render: (args, { globals }) => renderBanner(args, globals.theme as string),
};
export default meta;

type Story = StoryObj<BannerArgs>;
export const Topic: Story = { args: bannerExamples.Topic.args };
export const Region: Story = { args: bannerExamples.Region.args };
export const CallToAction: Story = { args: bannerExamples.CallToAction.args };
export const Empty: Story = { args: bannerExamples.Empty.args };
export const UnknownRegion: Story = { args: bannerExamples.UnknownRegion.args };
