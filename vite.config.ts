import { defineConfig } from 'vite';
import { oreContent } from './src/compiler/vite-plugin.ts';
import { kitMessages } from './src/compiler/kit-messages.ts';
import { elementStringsOnly } from './src/compiler/site-strings.ts';

/**
 * One build, two products: the embeddable kit (`ore-kit.js`, a stable name at the root, with
 * lazily loaded chunks beside it) and the static site around it (gallery, card pages,
 * catalogs). `base: './'` keeps every URL relative, so `dist/` works on any host and path.
 */
export default defineConfig({
  base: './',
  // A static host answers 404 for a missing file; so does the dev server.
  appType: 'mpa',
  plugins: [oreContent({ entry: 'src/ore-kit.ts', frame: 'src/site/ore-kit-frame.ts' }), kitMessages(), elementStringsOnly()],
  build: {
    target: 'es2022',
    // Vite's preload helper would add <link> tags to the host page's <head>: the kit must not touch it.
    modulePreload: false,
    rolldownOptions: {
      input: {
        'ore-kit': 'src/ore-kit.ts',
        index: 'index.html',
        embed: 'embed.html',
        'ore-kit-frame': 'src/site/ore-kit-frame.ts',
      },
      preserveEntrySignatures: 'allow-extension',
      output: {
        // The two files host pages name in their snippets keep stable names; everything else is hashed.
        entryFileNames: (chunk) => (['ore-kit', 'ore-kit-frame'].includes(chunk.name) ? `${chunk.name}.js` : 'assets/[name]-[hash].js'),
        // Each element's chunk is named after its tag (its entry is the folder's define.ts).
        chunkFileNames: (chunk) => {
          const define = chunk.moduleIds.find((id) => /components\/ore-[a-z]+\/define\.ts$/.test(id) && chunk.name === 'define');
          const element = define?.match(/components\/(ore-[a-z]+)\/define\.ts$/)?.[1];
          return `assets/${element ?? '[name]'}-[hash].js`;
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    // The dev server prints its URL; a second instance picks the next free port.
    strictPort: false,
  },
});
