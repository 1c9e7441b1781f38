/**
 * A UI string with pieces of content in it (a card's title, an answer): translated with a
 * private-use character in each piece's place, then split there, so that the reader's words and
 * the content, which may be in another language, can each be marked with their own `lang`.
 * The widgets (components/shared/with-content.ts) and the static pages (compiler/pages) share it.
 */

/** Private-use characters mark where each piece of content goes: no translation has them. */
const SLOT = 0xe000;

type Translate = (key: string, options: Record<string, unknown>) => string;

/** The translated string as pieces: text of the UI string, and the names of the content that goes between. */
export function splitAroundContent(translate: Translate, key: string, names: string[], params: Record<string, unknown> = {}): ({ text: string } | { content: string })[] {
  const slots = Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(SLOT + i)]));
  return String(translate(key, { ...params, ...slots }))
    .split(/([\uE000-\uE0FF])/)
    .map((piece, i) => (i % 2 ? { content: names[piece.charCodeAt(0) - SLOT] } : { text: piece }));
}
