/**
 * Everything of an element a reader sees or hears, with the language it is marked with: the
 * text nodes of its shadow tree (nested widgets' included), the attributes read out or shown
 * as text, and the text of CSS generated content.
 */

export interface VisibleString {
  text: string;
  /** The nearest `lang` attribute, crossing shadow roots to the host and the page. */
  lang: string;
  /** Where it is, for a failure message: `ore-card > article[part="base"] > p[part="topic"]`. */
  where: string;
}

/** Attributes whose value is shown or spoken. */
export const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];

/** An element of this document or of a frame's (whose Element is another realm's, so `instanceof` fails). */
const isElement = (node: Node | null): node is Element => node?.nodeType === Node.ELEMENT_NODE;

export function langOf(node: Node): string {
  for (let current: Node | null = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (isElement(current) && current.hasAttribute('lang')) return current.getAttribute('lang')!;
  }
  return '';
}

function label(element: Element): string {
  const part = element.getAttribute('part');
  return `${element.localName}${part ? `[part="${part}"]` : ''}`;
}

function pathOf(element: Element): string {
  const steps: string[] = [];
  for (let current: Node | null = element; current && current !== document.body; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (isElement(current) && (current === element || current.hasAttribute('part') || current.localName.startsWith('ore-'))) steps.unshift(label(current));
  }
  return steps.join(' > ');
}

/** The strings of a CSS `content` value: `"✓" / ""` → ✓. */
function generated(content: string): string[] {
  if (!content || content === 'none' || content === 'normal') return [];
  return [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).filter((text) => text.trim());
}

/** The strings of an element's shadow tree, or of a whole document (a static page in a frame). */
export function visibleStrings(root: Element | Document): VisibleString[] {
  const out: VisibleString[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').trim();
      if (text && node.parentElement) out.push({ text, lang: langOf(node), where: pathOf(node.parentElement) });
      return;
    }
    if (!isElement(node)) {
      node.childNodes.forEach(visit);
      return;
    }
    if (node.localName === 'style' || node.localName === 'script') return;
    const lang = langOf(node);
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = node.getAttribute(name)?.trim();
      if (value) out.push({ text: value, lang, where: `${pathOf(node)} @${name}` });
    }
    if (node.localName === 'input' && ['button', 'submit', 'reset'].includes((node as HTMLInputElement).type) && (node as HTMLInputElement).value.trim()) {
      out.push({ text: (node as HTMLInputElement).value, lang, where: `${pathOf(node)} @value` });
    }
    for (const pseudo of ['::before', '::after']) {
      for (const text of generated(getComputedStyle(node, pseudo).content)) out.push({ text, lang, where: `${pathOf(node)}${pseudo}` });
    }
    node.childNodes.forEach(visit);
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
  };
  if (root.nodeType === Node.DOCUMENT_NODE) {
    root = root as Document;
    if (root.title.trim()) out.push({ text: root.title.trim(), lang: langOf(root.documentElement), where: 'title' });
    root.body.childNodes.forEach(visit);
  } else (root as Element).shadowRoot!.childNodes.forEach(visit);
  return out;
}
