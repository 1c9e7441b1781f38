import { defineConfig } from 'vite';
import { oreContent } from './src/compiler/vite-plugin.ts';

/**
 * One build, two products: the embeddable kit (`ore-kit.js`, a stable name at the root, with
 * lazily loaded chunks beside it) and the static site around it (gallery, card pages,
 * catalogs). `base: './'` keeps every URL relative, so `dist/` works on any host and path.
 */
export default defineConfig({
  base: './',
  // A static host answers 404 for a missing file; so does the dev server.
  appType: 'mpa',
  plugins: [oreContent({ entry: 'src/ore-kit.ts' })],
  build: {
    target: 'es2022',
    // Vite's preload helper would add <link> tags to the host page's <head>: the kit must not touch it.
    modulePreload: false,
    rolldownOptions: {
      input: {
        'ore-kit': 'src/ore-kit.ts',
        index: 'index.html',
      },
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'ore-kit' ? 'ore-kit.js' : 'assets/[name]-[hash].js'),
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    // The dev server prints its URL; a second instance picks the next free port.
    strictPort: false,
  },
});
