import { html } from 'lit';
import type { TFunction } from 'i18next';
import { splitAroundContent } from '../../shared/content-slots.ts';

/** Content in its own language: `lang` is where it really comes from (`en` for a card not yet translated). */
export const inLang = (text: string, lang: string) => html`<span lang=${lang}>${text}</span>`;

/**
 * A UI string in the reader's language with pieces of content in it (a card's title, an answer,
 * a part's name), each rendered as given (usually `inLang`), so a screen reader reads a title
 * that falls back to English as English, and the rest in the reader's language.
 */
export function withContent(t: TFunction<'ui'>, key: string, content: Record<string, unknown>, params: Record<string, unknown> = {}): unknown[] {
  const pieces = splitAroundContent(t as unknown as (key: string, options: object) => string, key, Object.keys(content), params);
  return pieces.map((piece) => ('text' in piece ? piece.text : content[piece.content]));
}
