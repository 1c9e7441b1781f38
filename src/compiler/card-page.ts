/**
 * The static page of one card in one locale (`cards/<locale>/<slug>.html`): readable without
 * JavaScript, printable, shareable; the link fallback inside every embed snippet.
 */
import type { CompiledCard } from '../shared/catalog.ts';
import { translator, type UiStrings } from './ui-strings.ts';
import { directionOf } from '../shared/locales.ts';
import { formatFigure } from '../shared/format.ts';
import { escape, provenanceNotes, sourceItems, type PageFrame } from './pages/layout.ts';

export const CARD_PAGE_CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-inline-size:40em;margin:2em auto;padding:0 1em}
.topic{text-transform:uppercase;letter-spacing:.05em;font-size:.85em;margin:0}
h1{margin-block:.2em .6em;line-height:1.2}
.illustration svg{inline-size:6em;block-size:6em;color:#8a4b08}
.figure{font-size:1.1em}.figure strong{font-size:1.8em;display:block;line-height:1.1}
.note{font-style:italic}
dt{font-weight:bold}dt::first-letter{text-transform:uppercase}
@media (prefers-color-scheme:dark){.illustration svg{color:#f0b060}}
@media print{a{color:inherit}}
`;

/** `frame` adds the navigation, language switch and oEmbed link every static page shares (pages/layout.ts). */
export function renderCardPage(card: CompiledCard, locale: string, ui: UiStrings, frame?: PageFrame): string {
  const t = translator(ui, locale);
  const lang = card.lang;

  const figure = card.figure
    ? `<p class="figure"><strong>${escape(formatFigure(card.figure, lang))}</strong> ${escape(card.figure.label)}</p>`
    : '';
  const terms = card.terms.length
    ? `<section><h2 lang="${escape(locale)}">${escape(t('card.terms'))}</h2><dl>${card.terms
        .map((term) => `<dt id="term-${escape(term.slug)}" lang="${escape(term.lang)}">${escape(term.term)}</dt><dd lang="${escape(term.lang)}">${escape(term.definition)}</dd>`)
        .join('')}</dl></section>`
    : '';
  const sources = sourceItems(card.sources);

  return `<!doctype html>
<html lang="${escape(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('page.title', { title: card.title }))}</title>
<meta name="description" content="${escape(card.summary)}">
<link rel="stylesheet" href="../ore-card-page.css">
${frame?.head ?? ''}
</head>
<body>
${frame?.nav ?? ''}
<main>
<article lang="${escape(lang)}" dir="${directionOf(lang)}">
<p class="topic">${escape(card.topicTitle)}</p>
<h1>${escape(card.title)}</h1>
${provenanceNotes(card, locale, ui)}
<div class="illustration" role="img" aria-label="${escape(card.illustration.alt)}">${card.illustration.svg.replace('<svg', '<svg aria-hidden="true" focusable="false"')}</div>
${figure}
${card.html}
${terms}
<section lang="${escape(locale)}"><h2>${escape(t('card.sources'))}</h2><ol>${sources}</ol></section>
</article>
</main>
<footer><p lang="${escape(locale)}">${escape(t('page.published'))}</p></footer>
</body>
</html>
`;
}
