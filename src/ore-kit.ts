/**
 * ore-kit's one-script entry: `<script type="module" src="BASE/ore-kit.js"></script>`.
 *
 * It defines nothing up front. It watches the page for `ore-*` tags that are not defined yet
 * and loads each element's code the first time one appears, and it tells the runtime that
 * content lives next to this file, on whatever origin that is (src/runtime/config.ts). Elements inside another
 * component's shadow root are out of its sight: `discover(shadowRoot)` finds those.
 */
import { ELEMENTS, TAGS } from './runtime/registry.ts';
import { createAutoloader } from './runtime/autoload.ts';
import { createPrefetcher } from './runtime/prefetch.ts';
import messages from 'virtual:ore-kit/messages';

// Content lives next to this file (in development: at the dev server's base).
const base = import.meta.env.DEV ? new URL(import.meta.env.BASE_URL ?? '/', document.baseURI) : new URL(/* @vite-ignore */ './', import.meta.url);
// Each element's content and strings are requested as soon as its tag is seen, in parallel with its code.
const autoloader = createAutoloader(ELEMENTS, { found: createPrefetcher(base, Object.keys(messages)) });

/**
 * Finds ore-kit elements in `root` — a shadow root the kit cannot see from the document — loads
 * them, and keeps watching it for new ones.
 */
export function discover(root: Document | ShadowRoot = document): void {
  autoloader.discover(root);
}

/** The tags this build of the kit can show (the element registry), for pages that offer a choice of widgets. */
export const tags: readonly string[] = TAGS;

// A second copy of the kit on the same page finds the first one's elements defined and only watches.
discover(document);
