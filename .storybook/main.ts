import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin, PluginOption } from 'vite';
import { DEV_LOCALES_PLUGIN, type DevLocalesApi } from '../src/compiler/dev-locales.ts';

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
    // The pseudo-locales (en-XA, ar-XB) are in the language toolbar of the static build too, not
    // only of `npm run storybook`: asked of the project config's own plugin, which the compiler shares.
    const plugins = ((config.plugins ?? []) as PluginOption[]).flat(Infinity as 1) as Plugin[];
    (plugins.find((plugin) => plugin?.name === DEV_LOCALES_PLUGIN)?.api as DevLocalesApi | undefined)?.includeInBuild();
    return config;
  },
};
export default config;
