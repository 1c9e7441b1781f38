import path from 'node:path';
import { defineConfig } from 'vite';
import { oreContent } from '../../src/compiler/vite-plugin.ts';
import { kitMessages } from '../../src/compiler/kit-messages.ts';
import { devLocales } from '../../src/compiler/dev-locales.ts';

/** The browser tests run on a small fixture library with the real UI strings, so content edits never break them. */
export default defineConfig({
  // The pseudo-locales (en-XA, ar-XB) too, for the tests that every string is translated and every element mirrors.
  plugins: [devLocales(), oreContent({ root: path.resolve('tests/fixtures/library'), localesRoot: path.resolve('.') }), kitMessages({ localesRoot: path.resolve('.') })],
  logLevel: 'error',
  // Pre-bundling would rewrite the test runner's own websocket import into a path Vite cannot serve.
  // Lit is excluded with them so that the tests and the components share one copy of it.
  optimizeDeps: {
    exclude: ['@open-wc/testing', '@web/test-runner-commands', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  },
  // Unknown paths answer 404 (as on a static host) instead of the SPA fallback page.
  appType: 'mpa',
  server: { strictPort: false },
});
