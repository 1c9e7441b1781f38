/**
 * ore-kit's one-script entry: `<script type="module" src="BASE/ore-kit.js"></script>`.
 *
 * It defines nothing up front. It watches the page for `ore-*` tags and loads each element's
 * code the first time one appears, and it tells the runtime that content lives next to this
 * file, on whatever origin that is.
 */
import { setKitBase } from './runtime/config.ts';

const elements: Record<string, () => Promise<unknown>> = {
  'ore-card': () => import('./components/ore-card/ore-card.ts'),
  'ore-deck': () => import('./components/ore-deck/ore-deck.ts'),
  'ore-banner': () => import('./components/ore-banner/ore-banner.ts'),
  'ore-quiz': () => import('./components/ore-quiz/ore-quiz.ts'),
  'ore-glossary': () => import('./components/ore-glossary/ore-glossary.ts'),
};

if (!import.meta.env.DEV) setKitBase(new URL('./', import.meta.url));

const requested = new Set<string>();

function loadElementsIn(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`ore-kit: could not load <${tag}>`, error);
    });
  }
}

function start(): void {
  loadElementsIn(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.localName in elements || node.firstElementChild)) loadElementsIn(node.parentNode ?? node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// A second copy of the kit on the same page finds the first one's work done and only watches.
start();
