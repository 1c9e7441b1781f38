import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, renderElement, type Example } from '../../../.storybook/element-stories.ts';
import './define.ts';

export interface BannerArgs {
  topic?: string;
  region?: string;
  interval?: number;
  href?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** Each state of the banner, as data: the stories and the browser tests are generated from it. */
export const bannerExamples: Record<string, Example<BannerArgs>> = {
  Topic: { args: { topic: 'circular-economy' }, outcome: 'ore-ready' },
  Region: { args: { region: 'lapland', interval: 5 }, outcome: 'ore-ready' },
  CallToAction: { args: { topic: 'circular-economy', href: 'https://example.org/visit-the-mine' }, outcome: 'ore-ready' },
  /** A valid selection that matches nothing: a message, and ready. */
  Empty: { args: { topic: 'circular-economy', region: 'lapland' }, outcome: 'ore-ready' },
  /** A typo in the region is an error, not an empty banner. */
  UnknownRegion: { args: { region: 'no-such-region' }, outcome: 'ore-error' },
};

/** Renders a banner with the story's args, in the given theme unless the args set one. */
export function renderBanner(args: BannerArgs, theme = 'auto') {
  return renderElement('ore-banner', args, theme);
}

const meta: Meta<BannerArgs> = {
  title: 'Elements/ore-banner',
  tags: ['autodocs'],
  // The examples and the render function are exported for the browser tests; they are not stories.
  excludeStories: /(Examples|^render[A-Z]\w*)$/,
  ...elementMeta<BannerArgs>('ore-banner'),
};
export default meta;

type Story = StoryObj<BannerArgs>;

export const Topic: Story = { args: bannerExamples.Topic.args };
export const Region: Story = { args: bannerExamples.Region.args };
export const CallToAction: Story = { args: bannerExamples.CallToAction.args };
export const Empty: Story = { args: bannerExamples.Empty.args };
export const UnknownRegion: Story = { args: bannerExamples.UnknownRegion.args, tags: ['ore-error'] };
