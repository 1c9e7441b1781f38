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

export function langOf(node: Node): string {
  for (let current: Node | null = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!;
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
    if (current instanceof Element && (current === element || current.hasAttribute('part') || current.localName.startsWith('ore-'))) steps.unshift(label(current));
  }
  return steps.join(' > ');
}

/** The strings of a CSS `content` value: `"✓" / ""` → ✓. */
function generated(content: string): string[] {
  if (!content || content === 'none' || content === 'normal') return [];
  return [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).filter((text) => text.trim());
}

export function visibleStrings(root: Element): VisibleString[] {
  const out: VisibleString[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').trim();
      if (text && node.parentElement) out.push({ text, lang: langOf(node), where: pathOf(node.parentElement) });
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(visit);
      return;
    }
    if (node.localName === 'style' || node.localName === 'script') return;
    const lang = langOf(node);
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = node.getAttribute(name)?.trim();
      if (value) out.push({ text: value, lang, where: `${pathOf(node)} @${name}` });
    }
    if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type) && node.value.trim()) {
      out.push({ text: node.value, lang, where: `${pathOf(node)} @value` });
    }
    for (const pseudo of ['::before', '::after']) {
      for (const text of generated(getComputedStyle(node, pseudo).content)) out.push({ text, lang, where: `${pathOf(node)}${pseudo}` });
    }
    node.childNodes.forEach(visit);
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
  };
  root.shadowRoot!.childNodes.forEach(visit);
  return out;
}
