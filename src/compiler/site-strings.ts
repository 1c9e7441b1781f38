/**
 * Keeps the site-only sections of ui.json (src/shared/ui-sections.ts) out of the element
 * bundles: the runtime imports `locales/en/ui.json` so English can always be read, and every
 * string of the configurator in it would count against each element's size budget.
 */
import type { Plugin } from 'vite';
import { SITE_SECTIONS } from '../shared/ui-sections.ts';

export function elementStringsOnly(): Plugin {
  return {
    name: 'ore-kit-element-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]locales[\\/][^\\/]+[\\/]ui\.json(\?.*)?$/.test(id)) return undefined;
      const strings = JSON.parse(code) as Record<string, unknown>;
      for (const section of SITE_SECTIONS) delete strings[section];
      return { code: JSON.stringify(strings), map: null };
    },
  };
}
