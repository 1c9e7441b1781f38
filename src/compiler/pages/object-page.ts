/**
 * The static page of one everyday object in one locale (`objects/<locale>/<slug>.html`): readable
 * without JavaScript, the link fallback inside an `<ore-explorer>` snippet, and printable on one
 * A4 sheet as a classroom poster (drawing and parts side by side, sources in small print).
 */
import { catalogPaths, type CompiledObject } from '../../shared/catalog.ts';
import { translator, type UiStrings } from '../ui-strings.ts';
import { SOURCE_LOCALE, directionOf } from '../../shared/locales.ts';
import { formatFigure } from '../../shared/format.ts';
import { withoutTermLinks } from '../../shared/term-links.ts';
import { escape, inLang, provenanceNotes, sourceItems, withContent } from './layout.ts';

export const OBJECT_PAGE_CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.45}
body{max-inline-size:60em;margin:2em auto;padding:0 1em;overflow-wrap:break-word}
h1{hyphens:auto}
h1{margin-block:0 .3em;line-height:1.2}
.intro{max-inline-size:40em}
.layout{display:grid;gap:1em 2em;grid-template-columns:repeat(auto-fit,minmax(min(100%,18em),1fr));align-items:start}
.drawing svg{inline-size:100%;max-inline-size:24em;block-size:auto;color:#8a4b08}
.parts{display:grid;gap:.8em;grid-template-columns:repeat(auto-fit,minmax(min(100%,16em),1fr));margin:0;padding:0;list-style:none}
.part{border-inline-start:.25em solid #8a4b08;padding-inline-start:.7em;break-inside:avoid}
.part h2{font-size:1.1em;margin:0}
.part p{margin-block:.2em}
.materials{font-weight:600}
.figure strong{font-size:1.3em}
.source,.sources{font-size:.85em}
.note{font-style:italic}
@media (prefers-color-scheme:dark){.drawing svg{color:#f0b060}.part{border-color:#f0b060}}
@media print{
@page{size:A4;margin:1cm}
:root{color-scheme:light;font-size:9pt}
body{margin:0;max-inline-size:none}
a{color:inherit;text-decoration:none}
h1{font-size:2.4em}
.layout{grid-template-columns:13em 1fr}
.drawing svg{color:#000;max-inline-size:13em}
.parts{grid-template-columns:1fr 1fr;gap:.6em}
.part{border-color:#000}
.part .source,.part .more{display:none}
.sources{font-size:7pt}.sources h2{font-size:1.2em;margin-block:.8em .2em}
footer{font-size:7pt}
}
`;

export function renderObjectPage(object: CompiledObject, locale: string, ui: UiStrings): string {
  const t = translator(ui, locale);
  const lang = object.lang;
  const cardHref = (slug: string) => `../../${catalogPaths.cardPage(locale, slug)}`;

  const parts = object.parts
    .map((part) => {
      const materials = part.terms.filter((term) => part.materials.includes(term.slug));
      const figure = part.figure
        ? `<p class="figure"><strong>${escape(formatFigure(part.figure, lang))}</strong> ${escape(part.figure.label)}
<span class="source" lang="${escape(locale)}">(${escape(t('explorer.source'))}: <span lang="${SOURCE_LOCALE}"><a href="${escape(part.figure.source.url)}">${escape(part.figure.source.title)}</a>, ${part.figure.source.year}</span>)</span></p>`
        : '';
      return `<li class="part" id="part-${escape(part.slug)}" lang="${escape(lang)}">
<h2>${escape(part.name)}</h2>
<p class="materials"><span lang="${escape(locale)}">${escape(t('explorer.materials'))}:</span> ${materials
        .map((term) => `<span lang="${escape(term.lang)}">${escape(term.term)}</span>`)
        .join(', ')}</p>
${withoutTermLinks(part.html)}
${figure}
<p class="more" lang="${escape(locale)}"><a href="${escape(cardHref(part.card.slug))}">${withContent(t, 'card.readMore', { title: inLang(part.card.title, part.card.lang) })}</a></p>
</li>`;
    })
    .join('\n');
  const sources = sourceItems(object.sources);

  return `<!doctype html>
<html lang="${escape(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('page.title', { title: object.title }))}</title>
<meta name="description" content="${escape(object.summary)}">
<link rel="stylesheet" href="../ore-object-page.css">
</head>
<body>
<main>
<article lang="${escape(lang)}" dir="${directionOf(lang)}">
<h1>${escape(object.title)}</h1>
${provenanceNotes(object, locale, ui)}
<div class="intro">${withoutTermLinks(object.html)}</div>
<div class="layout">
<div class="drawing" role="img" aria-label="${escape(object.illustration.alt)}">${object.illustration.svg.replace('<svg', '<svg aria-hidden="true" focusable="false"')}</div>
<ul class="parts" aria-label="${escape(t('explorer.parts'))}" lang="${escape(locale)}">
${parts}
</ul>
</div>
<section class="sources" lang="${escape(locale)}"><h2>${escape(t('card.sources'))}</h2><ol>${sources}</ol></section>
</article>
</main>
<footer><p lang="${escape(locale)}">${escape(t('page.published'))}</p></footer>
</body>
</html>
`;
}
