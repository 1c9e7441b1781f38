import { defineConfig } from 'vite';
import { oreContent } from './src/compiler/vite-plugin.ts';
import { kitMessages } from './src/compiler/kit-messages.ts';
import { elementStringsOnly } from './src/compiler/site-strings.ts';
import { parallelChunks } from './src/compiler/parallel-chunks.ts';
import { minifyCssTemplatesPlugin } from './src/compiler/minify-css-templates.ts';
import { devLocales } from './src/compiler/dev-locales.ts';

/**
 * One build, two products: the embeddable kit (`ore-kit.js`, a stable name at the root, with
 * lazily loaded chunks beside it) and the static site around it (gallery, card pages,
 * catalogs). `base: './'` keeps every URL relative, so `dist/` works on any host and path.
 */
const ENTRY_ONLY = /src[\\/](ore-kit\.ts|runtime[\\/](autoload|prefetch|registry)\.ts)$/;
const sharedByElements = (id: string) =>
  !ENTRY_ONLY.test(id) && !id.includes('virtual:') && /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](runtime|shared|components[\\/]shared)[\\/]|locales[\\/]|@oxc-project[\\/+]runtime/.test(id);

export default defineConfig({
  base: './',
  // A static host answers 404 for a missing file; so does the dev server.
  appType: 'mpa',
  plugins: [
    // The pseudo-locales en-XA and ar-XB, in `npm start` (and Storybook), never in `npm run build`.
    devLocales(),
    // ORE_CONTENT_ROOT builds another library with this project's UI strings (npm run bench).
    oreContent({
      entry: 'src/ore-kit.ts',
      frame: 'src/site/ore-kit-frame.ts',
      root: process.env.ORE_CONTENT_ROOT,
      localesRoot: process.env.ORE_CONTENT_ROOT && process.cwd(),
    }),
    kitMessages(),
    elementStringsOnly(),
    parallelChunks(),
    minifyCssTemplatesPlugin(),
  ],
  build: {
    target: 'es2022',
    // Vite's preload helper would add <link> tags to the host page's <head>: the kit must not touch it.
    modulePreload: false,
    rolldownOptions: {
      input: {
        'ore-kit': 'src/ore-kit.ts',
        index: 'index.html',
        embed: 'embed.html',
        status: 'status.html',
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
        // What the elements share (Lit, the runtime, shared component code) in one chunk: each
        // small shared module as its own file cost a request, and past six per origin an HTTP/1.1
        // browser queues them into another round trip. The entry's own modules stay out of it.
        codeSplitting: { groups: [{ name: 'kit', test: sharedByElements }] },
      },
    },
  },
  server: {
    // The dev server prints its URL; a second instance picks the next free port.
    strictPort: false,
  },
});
