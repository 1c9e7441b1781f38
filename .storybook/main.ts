import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // The kit's own build inputs (ore-kit.js, the gallery) are not Storybook's.
    const rolldown = config.build?.rolldownOptions as { input?: unknown; output?: unknown } | undefined;
    if (rolldown) {
      delete rolldown.input;
      delete rolldown.output;
    }
    return config;
  },
};
export default config;
