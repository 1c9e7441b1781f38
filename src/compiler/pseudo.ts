/**
 * Pseudo-translation: text that is still English to a developer's eye but marked so that layout
 * and translation bugs show (see TRANSLATING.md, "Checking your layout with the pseudo-locales").
 *
 * - `accented` (en-XA): every letter accented, about 40 % longer, in brackets: "Show more" →
 *   "[Šĥöŵ ɱöŕé ōñé]". Text that escaped translation has no accents; text cut off has no `]`;
 *   a layout that cannot take longer words overflows.
 * - `bidi` (ar-XB): every word forced right-to-left (U+202E … U+202C), so it reads mirrored
 *   as Arabic or Hebrew would, and punctuation and numbers show where a right-to-left reader sees them.
 *
 * What no translation may change stays as it is: `{{placeholders}}`, i18next nesting, URLs,
 * `name=` parameters, file names, the name ore-kit and, in markdown, glossary slugs and link
 * targets. Pure functions: the generator runs at build time only (src/compiler/dev-locales.ts).
 */

export type PseudoKind = 'accented' | 'bidi';

/** Pieces of a UI string no translation may change. */
const PROTECTED = [
  /\{\{[^}]*\}\}/, // {{placeholder}}
  /\$t\([^)]*\)/, // i18next nesting
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/, // https://…
  /\b[\w-]+\.(?:js|mjs|css|html|json|xliff)\b/, // ore-kit-frame.js
  /\b[a-z][\w-]*=/, // widget=
  /\bore-kit\b/, // the kit's name
  /&(?:[a-z]+|#\d+);/, // an HTML entity
];
/** And in markdown: a glossary link's slug (`[[slug|`, or the whole `[[slug]]`), a link's target, code. */
const PROTECTED_MARKDOWN = [/\[\[[a-z0-9-]+(?:\||\]\])/, /\]\([^)]*\)/, /`[^`]*`/, /<[a-z][^>]*>/];

const joined = (patterns: RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'), 'gi');
const UI_PROTECTED = joined(PROTECTED);
const MARKDOWN_PROTECTED = joined([...PROTECTED_MARKDOWN, ...PROTECTED]);

/** Each ASCII letter and an accented look-alike (none of them ASCII, so a plain letter stands out). */
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
);

/** Words that lengthen a string by about 40 %, as a translation into German or Finnish does. */
const PADDING = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
export const EXPANSION = 0.4;

const LETTER = /\p{L}/u;
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
const RLO = '\u202E';
const PDF = '\u202C';

export const accent = (text: string): string => text.replace(/[A-Za-z]/g, (letter) => ACCENTS[letter]);

/** Splits `text` into the pieces to translate and the protected pieces between them. */
function pieces(text: string, protectedPattern: RegExp): { text: string; translate: boolean }[] {
  const out: { text: string; translate: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(protectedPattern)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index), translate: true });
    out.push({ text: match[0], translate: false });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), translate: true });
  return out;
}

function padding(length: number): string {
  let words = '';
  while (words.length < length) words += (words ? ' ' : '') + PADDING;
  return accent(words.slice(0, length).trimEnd());
}

function transform(text: string, kind: PseudoKind, protectedPattern: RegExp, wrap: boolean): string {
  const parts = pieces(text, protectedPattern);
  const translatable = parts.filter((p) => p.translate).map((p) => p.text).join('');
  // Nothing to translate (a number format, a placeholder alone): it must keep working as it is.
  if (!LETTER.test(translatable)) return text;
  if (kind === 'bidi') {
    return parts.map((p) => (p.translate ? p.text.replace(WORD, (word) => `${RLO}${word}${PDF}`) : p.text)).join('');
  }
  const body = parts.map((p) => (p.translate ? accent(p.text) : p.text)).join('');
  if (!wrap) return body;
  const extra = Math.round([...translatable].length * EXPANSION);
  return extra > 0 ? `[${body} ${padding(extra)}]` : `[${body}]`;
}

/** A UI string, pseudo-translated (placeholders and other protected pieces intact). */
export function pseudoString(text: string, kind: PseudoKind): string {
  return transform(text, kind, UI_PROTECTED, true);
}

/**
 * A content field or markdown body, pseudo-translated word by word: markdown syntax, glossary
 * slugs, link targets and numbers stay; no brackets or padding (the compiler checks lengths of
 * real translations, and a body is many strings at once).
 */
export function pseudoContent(text: string, kind: PseudoKind): string {
  return transform(text, kind, MARKDOWN_PROTECTED, false);
}

/** Every string of a nested value (a content entry's translatable fields), pseudo-translated. */
export function pseudoValue<T>(value: T, kind: PseudoKind): T {
  if (typeof value === 'string') return pseudoContent(value, kind) as T;
  if (Array.isArray(value)) return value.map((item) => pseudoValue(item, kind)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudoValue(item, kind)])) as T;
  }
  return value;
}

/** A flat table of UI strings (`quiz.score_one` → text): same keys, plural suffixes included, values pseudo-translated. */
export function pseudoStrings(strings: Record<string, string>, kind: PseudoKind): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, pseudoString(text, kind)]));
}
