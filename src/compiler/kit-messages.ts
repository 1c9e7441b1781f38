/**
 * `virtual:ore-kit/messages`: the few UI strings the one-script entry itself may have to show
 * (the `kit` section of every locale's ui.json), and nothing else. Importing ui.json from the
 * entry would put every locale's whole file into `ore-kit.js`, far over its 3 KB budget.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LOCALE_CODES, SOURCE_LOCALE } from '../shared/locales.ts';
import { DEV_LOCALES } from './dev-locales.ts';
import { pseudoStrings } from './pseudo.ts';

const ID = 'virtual:ore-kit/messages';
const RESOLVED = `\0${ID}`;

export function kitMessages(options: { localesRoot?: string } = {}): Plugin {
  let root = options.localesRoot ?? process.cwd();
  return {
    name: 'ore-kit-messages',
    configResolved(config) {
      root = options.localesRoot ?? config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const messages: Record<string, Record<string, string>> = {};
      for (const locale of LOCALE_CODES) {
        // A development locale's strings are English's, pseudo-translated (src/compiler/dev-locales.ts).
        const dev = DEV_LOCALES.find((l) => l.code === locale);
        const file = path.join(root, 'locales', dev ? SOURCE_LOCALE : locale, 'ui.json');
        this.addWatchFile(file);
        const kit = (JSON.parse(await readFile(file, 'utf8')) as { kit?: Record<string, string> }).kit;
        if (kit) messages[locale] = dev ? pseudoStrings(kit, dev.pseudo) : kit;
      }
      return `export default ${JSON.stringify(messages)};`;
    },
  };
}
