/**
 * The snippets of a docs page's "Embed it" section, made from a story's args: the script tag and
 * the element (with its plain-link fallback inside), the iframe for platforms that strip scripts,
 * and the link alone. Paths follow the public contract: `ore-kit.js`, `embed.html?widget=…`,
 * `ore-kit-frame.js` and the static pages at the kit's base URL.
 */
import type { ElementArgs } from './element-stories.ts';

/** Where a site has put the kit (the contents of `dist/`); every snippet starts from it. */
export const BASE = 'https://YOUR-HOST/ore-kit';

/** Titles of the library's items, by kind and slug, for the fallback link's text. */
export interface Titles {
  cards: Map<string, string>;
  quizzes: Map<string, string>;
  topics: Map<string, string>;
  regions: Map<string, string>;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The args a page would write, in order, without empty values or the default theme. */
function attributeEntries(args: ElementArgs): [string, string | true][] {
  return Object.entries(args).flatMap(([name, value]): [string, string | true][] => {
    if (value === undefined || value === null || value === false || value === '') return [];
    if (name === 'theme' && value === 'auto') return [];
    return [[name, value === true ? true : String(value)]];
  });
}

export function linkSnippet(link: { href: string; text: string }): string {
  return `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`;
}

export function elementSnippet(tag: string, args: ElementArgs, link?: { href: string; text: string }): string {
  const attributes = attributeEntries(args)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const inside = link ? `\n  <!-- shown until the script runs, and where scripts are stripped -->\n  ${linkSnippet(link)}\n` : '';
  return `<${tag}${attributes}>${inside}</${tag}>`;
}

export function scriptSnippet(base = BASE): string {
  return `<script type="module" src="${base}/ore-kit.js"></script>`;
}

/** `embed.html?widget=card&card=…&lang=…`: one widget alone in a frame; the other params are its attributes. */
export function frameUrl(tag: string, args: ElementArgs, base = BASE): string {
  const params = new URLSearchParams({ widget: tag.replace(/^ore-/, '') });
  for (const [name, value] of attributeEntries(args)) params.set(name, value === true ? '' : value);
  return `${base}/embed.html?${params}`;
}

export function frameSnippet(tag: string, args: ElementArgs, title: string, base = BASE): string {
  return [
    `<iframe src="${escapeHtml(frameUrl(tag, args, base))}"`,
    `        title="${escapeHtml(title)}" loading="lazy" style="inline-size: 100%; border: 0"></iframe>`,
    `<!-- optional: resizes the frame to its content -->`,
    `<script src="${base}/ore-kit-frame.js" async></script>`,
  ].join('\n');
}

/**
 * The static page that shows the same content without JavaScript: a card's page, a quiz's
 * worksheet, the glossary A–Z, a topic's cards; the gallery when nothing narrower fits.
 */
export function fallbackLink(tag: string, args: ElementArgs, locale: string, titles: Titles | undefined, base = BASE): { href: string; text: string } {
  const slug = (name: string) => (typeof args[name] === 'string' && args[name] ? String(args[name]) : undefined);
  const titled = (kind: keyof Titles, key: string, fallback: string) => titles?.[kind].get(key) ?? fallback;
  const card = tag === 'ore-card' ? slug('card') : tag === 'ore-deck' ? slug('cards')?.split(',')[0]?.trim() : undefined;
  if (card && (tag === 'ore-card' || !slug('topic'))) return { href: `${base}/cards/${locale}/${card}.html`, text: titled('cards', card, card) };
  if (tag === 'ore-quiz' && slug('quiz')) return { href: `${base}/quizzes/${locale}/${slug('quiz')}.html`, text: titled('quizzes', slug('quiz')!, slug('quiz')!) };
  if (tag === 'ore-glossary') return { href: `${base}/glossary/${locale}/${slug('term') ? `#${slug('term')}` : ''}`, text: 'Glossary of mining and raw materials' };
  if (slug('topic')) return { href: `${base}/topics/${locale}/${slug('topic')}.html`, text: titled('topics', slug('topic')!, slug('topic')!) };
  return { href: `${base}/index.html?lang=${locale}`, text: 'Facts about minerals and mining' };
}
