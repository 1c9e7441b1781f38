/**
 * Loads each element's code the first time its tag appears in a watched root, and keeps
 * watching. What the one-script entry does, as a function of the registry, so tests can give it
 * a registry whose chunks fail.
 *
 * This module shares no import with the elements on purpose: whatever the entry shares with
 * them is bundled into `ore-kit.js` and imported back by every element chunk. So it resolves
 * the reader's language and announces `ore-error` with a few lines of its own.
 */
// Only the strings the loader itself may have to show, in every locale (a few hundred bytes).
import messages from 'virtual:ore-kit/messages';

/** The closest `lang` (across shadow roots), matched as the kit does: exact, then the language. */
function messageFor(element: Element): { lang: string; text: string } {
  let node: Node | null = element;
  let wanted = '';
  while (node && !wanted) {
    if (node instanceof Element) wanted = node.getAttribute('lang')?.trim().toLowerCase() ?? '';
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  for (const candidate of [wanted, wanted.split('-')[0], ...navigator.languages.map((l) => l.toLowerCase().split('-')[0])]) {
    const locale = Object.keys(messages).find((code) => code.toLowerCase() === candidate);
    if (locale) return { lang: locale, text: messages[locale].loadFailed };
  }
  return { lang: 'en', text: messages.en.loadFailed };
}

export interface Autoloader {
  /** Loads every element of the registry in `root` (and below) that is not defined yet, and watches `root` for more. */
  discover(root?: Document | ShadowRoot): void;
}

export interface AutoloadOptions {
  /** Called for each element of the registry found before it is defined (the entry starts its requests). */
  found?: (element: Element) => void;
}

export function createAutoloader(elements: Record<string, () => Promise<unknown>>, options: AutoloadOptions = {}): Autoloader {
  const requested = new Set<string>();
  const roots = new Set<Document | ShadowRoot>();
  const isKnown = (name: string) => Object.hasOwn(elements, name);

  /**
   * The element's code could not be loaded, so it cannot render: each waiting element gets a
   * message in its reader's language (in light DOM, before the snippet's fallback link, which
   * stays usable) and an `ore-error`. A later definition hides both, since the element renders
   * its shadow root instead of its children.
   */
  function fail(tag: string, cause: unknown): void {
    const why = cause instanceof Error ? cause.message : String(cause);
    for (const root of roots) {
      for (const element of root.querySelectorAll<HTMLElement>(`${tag}:not(:defined)`)) {
        if (element.querySelector(':scope > [data-ore-kit-message]')) continue;
        const { lang, text } = messageFor(element);
        const message = document.createElement('p');
        message.dataset.oreKitMessage = '';
        message.setAttribute('role', 'alert');
        message.lang = lang;
        message.textContent = text;
        element.prepend(message);
        element.dataset.state = 'error';
        const detail = { code: 'load-failed', message: `the code of <${tag}> could not be loaded: ${why}` };
        console.warn(`ore-kit: <${tag}> ${detail.message}`);
        // The same event the elements emit (src/runtime/events.ts), written out to keep this module standalone.
        element.dispatchEvent(new CustomEvent('ore-error', { bubbles: true, composed: true, detail }));
      }
    }
  }

  function request(tag: string): void {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    elements[tag]().catch((error: unknown) => {
      // Forget the attempt, so the next element of this kind tries again.
      requested.delete(tag);
      fail(tag, error);
    });
  }

  function load(element: Element): void {
    if (!isKnown(element.localName) || customElements.get(element.localName)) return;
    options.found?.(element);
    request(element.localName);
  }

  function loadIn(root: ParentNode): void {
    if (root instanceof Element) load(root);
    for (const element of root.querySelectorAll(':not(:defined)')) load(element);
  }

  function watch(root: Document | ShadowRoot): void {
    if (roots.has(root)) return;
    roots.add(root);
    new MutationObserver((records) => {
      // Only what was added is looked at, so the cost per added node does not grow with the page.
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadIn(node);
    }).observe(root, { childList: true, subtree: true });
  }

  return {
    discover(root = document) {
      watch(root);
      loadIn(root);
    },
  };
}
