/**
 * What every static page shares (cards, quizzes, glossary, topics): `lang`/`dir`, a link back to
 * the gallery, a language switch to the same page in every locale, the oEmbed discovery link
 * where there is one, and one stylesheet that lays them out for screens and for A4 paper (with
 * every external link's URL printed after it, so the sources can be looked up from paper).
 */
import { escapeHtml as escape } from '../../shared/embed.ts';
import { LOCALES, SOURCE_LOCALE, directionOf, languageName } from '../../shared/locales.ts';
import { translator, type UiStrings } from '../ui-strings.ts';
import { splitAroundContent } from '../../shared/content-slots.ts';

export { escape };

/** Content text in its own language (`en` for what is not translated yet), escaped. */
export const inLang = (text: string, lang: string) => `<span lang="${escape(lang)}">${escape(text)}</span>`;

/**
 * A UI string with pieces of content in it, as HTML: the reader's words escaped, each piece of
 * content as given (usually `inLang`), so that a title shown in English is marked English.
 */
export function withContent(t: (key: string, vars?: Record<string, string>) => string, key: string, content: Record<string, string>): string {
  return splitAroundContent((k, options) => t(k, options as Record<string, string>), key, Object.keys(content))
    .map((piece) => ('text' in piece ? escape(piece.text) : content[piece.content]))
    .join('');
}

/** The stylesheet at the site root, next to `index.html`. */
export const PAGES_CSS_FILE = 'ore-pages.css';

export const PAGES_CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-inline-size:40em;margin:2em auto;padding:0 1em;overflow-wrap:break-word}
h1{hyphens:auto}
.page-nav{display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:baseline;font-size:.9em;margin-block-end:2em}
.page-nav p{margin:0}
.languages{display:flex;flex-wrap:wrap;gap:.25em .75em;list-style:none;margin:0;padding:0}
.languages [aria-current]{font-weight:bold}
.topic{text-transform:uppercase;letter-spacing:.05em;font-size:.85em;margin:0}
h1{margin-block:.2em .6em;line-height:1.2}
.note{font-style:italic}
.questions>li{margin-block-end:1.5em}
.question{font-weight:bold;margin-block-end:.25em}
.choices{list-style-type:upper-latin}
.write-in{display:flex;gap:2em;flex-wrap:wrap}
.write-in span{flex:1 1 12em;border-block-end:.08em solid;padding-block-end:.2em}
.letters{display:flex;flex-wrap:wrap;gap:.25em .5em;list-style:none;padding:0}
.letters a,.languages a{display:inline-block;min-inline-size:1.6em;min-block-size:1.6em;line-height:1.6em;text-align:center}
.glossary dt{font-weight:bold;margin-block-start:1em}
.glossary dt::first-letter{text-transform:uppercase}
.glossary dd{margin-inline-start:0}
.cards>li{margin-block-end:1em}
@page{size:A4;margin:18mm 16mm}
@media print{
:root{color-scheme:light}
body{margin:0;max-inline-size:none;font-size:11pt}
.page-nav,.letters{display:none}
a{color:inherit;text-decoration:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
.answer-key{break-before:page}
.questions>li,.answer-key li,.glossary dt,.cards>li{break-inside:avoid}
.glossary dt{break-after:avoid}
}
`;

export interface PageFrame {
  /** Extra `<head>` markup: alternates in every language, the oEmbed discovery link. */
  head: string;
  /** The navigation above the content: back to the gallery, the language switch. */
  nav: string;
}

export interface FrameOptions {
  locale: string;
  ui: UiStrings;
  /** The page's path for a given locale, relative to the site root. */
  pathFor: (locale: string) => string;
  /** The oEmbed response's absolute URL, when the build knows its public address. */
  oembed?: { href: string; title: string };
}

/** `../../` from `quizzes/fi/x.html` to the site root. */
export const rootFrom = (page: string) => '../'.repeat(page.split('/').length - 1);

export function pageFrame({ locale, ui, pathFor, oembed }: FrameOptions): PageFrame {
  const t = translator(ui, locale);
  const here = pathFor(locale);
  const root = rootFrom(here);
  const alternates = LOCALES.map(
    (l) => `<link rel="alternate" hreflang="${escape(l.code)}" href="${escape(root + pathFor(l.code))}">`,
  ).join('\n');
  const discovery = oembed
    ? `\n<link rel="alternate" type="application/json+oembed" href="${escape(oembed.href)}" title="${escape(oembed.title)}">`
    : '';
  const languages = LOCALES.map((l) =>
    l.code === locale
      ? `<li><a href="${escape(root + pathFor(l.code))}" lang="${escape(l.code)}" aria-current="page">${escape(l.name)}</a></li>`
      : `<li><a href="${escape(root + pathFor(l.code))}" hreflang="${escape(l.code)}" lang="${escape(l.code)}" dir="${directionOf(l.code)}">${escape(l.name)}</a></li>`,
  ).join('');
  return {
    head: `<link rel="stylesheet" href="${escape(root + PAGES_CSS_FILE)}">\n${alternates}${discovery}`,
    nav: `<nav class="page-nav" aria-label="${escape(t('page.navigation'))}">
<p><a href="${escape(`${root}index.html?lang=${locale}`)}">${escape(t('page.back'))}</a></p>
<ul class="languages" aria-label="${escape(t('page.languages'))}">${languages}</ul>
</nav>`,
  };
}

/** A whole page in `locale`, its content in `main`. */
export function renderPage(options: FrameOptions & { title: string; description: string; main: string }): string {
  const t = translator(options.ui, options.locale);
  const frame = pageFrame(options);
  return `<!doctype html>
<html lang="${escape(options.locale)}" dir="${directionOf(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('page.title', { title: options.title }))}</title>
<meta name="description" content="${escape(options.description)}">
${frame.head}
</head>
<body>
${frame.nav}
<main>
${options.main}
</main>
<footer><p>${escape(t('page.published'))}</p></footer>
</body>
</html>
`;
}

/**
 * The notices a fallen-back, machine-translated or stale entry carries, in the page's language:
 * the same words as the widgets' notices, the language shown named in the reader's language.
 */
export function provenanceNotes(entry: { lang: string; status: string; stale?: boolean }, locale: string, ui: UiStrings): string {
  const t = translator(ui, locale);
  const notes: string[] = [];
  if (entry.lang !== locale) notes.push(t('card.fallback', { original: languageName(entry.lang, locale) }));
  else if (entry.status === 'machine') notes.push(t('card.machineTranslation'));
  if (entry.stale) notes.push(t('card.staleTranslation'));
  return notes.map((n) => `<p class="note" lang="${escape(locale)}">${escape(n)}</p>`).join('\n');
}

/** A static page's list of sources, each a link a reader can open, with publisher and year. */
export function sourceItems(sources: readonly { url: string; title: string; publisher?: string; year: number }[]): string {
  // As the widgets show them: a source is cited as it is, in the source library's language.
  return sources
    .map((s) => `<li lang="${SOURCE_LOCALE}"><a href="${escape(s.url)}">${escape(s.title)}</a>${s.publisher ? `, ${escape(s.publisher)}` : ''}, ${s.year}</li>`)
    .join('');
}
