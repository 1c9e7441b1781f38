import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES, SOURCE_LOCALE } from '../src/shared/locales.ts';
import { DocsPage } from './docs-page.ts';
import { manifest } from './manifest.ts';

// Public API only: the props tables list attributes, events, parts and tokens, not the elements' internals.
setCustomElementsManifest(manifest);

/** Every story renders inside the toolbar's language and theme, as on a host page (a story's own `theme` arg wins). */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale.code, title: `${locale.name} (${locale.code})` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: ['auto', 'light', 'dark'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: SOURCE_LOCALE, theme: 'auto' },
  decorators: [
    (story, { globals }) =>
      html`<div lang=${globals.locale} dir=${LOCALES.find((l) => l.code === globals.locale)?.dir ?? 'ltr'} data-theme=${globals.theme}>
        ${story()}
      </div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { page: DocsPage },
  },
};

export default preview;
