/**
 * The glossary A–Z (`glossary/<locale>/index.html`): every term under its letter, as the
 * locale sorts and groups letters (Swedish keeps Ä and Ö apart, German files them under A and O).
 */
import { catalogPaths, type CompiledGlossary } from '../../shared/catalog.ts';
import { localeInfo } from '../../shared/locales.ts';
import { translator, type UiStrings } from '../ui-strings.ts';
import { escape, renderPage } from './layout.ts';

export function renderGlossaryPage(glossary: CompiledGlossary, ui: UiStrings): string {
  const { locale } = glossary;
  const t = translator(ui, locale);
  const sameLetter = new Intl.Collator(locale, { sensitivity: 'base' });
  const groups: { letter: string; terms: CompiledGlossary['terms'] }[] = [];
  for (const term of glossary.terms) {
    const first = [...term.term.trim()][0]?.toLocaleUpperCase(locale) ?? '#';
    const last = groups.at(-1);
    if (last && sameLetter.compare(last.letter, first) === 0) last.terms.push(term);
    else groups.push({ letter: first, terms: [term] });
  }
  const byslug = new Map(glossary.terms.map((term) => [term.slug, term]));
  const id = (letter: string) => `letter-${letter}`;
  const letters = groups.map((g) => `<li><a href="#${escape(id(g.letter))}">${escape(g.letter)}</a></li>`).join('');
  const sections = groups
    .map(
      (g) => `<section aria-labelledby="${escape(id(g.letter))}">
<h2 id="${escape(id(g.letter))}">${escape(g.letter)}</h2>
<dl class="glossary">
${g.terms
  .map((term) => {
    const related = term.related
      .map((slug) => byslug.get(slug))
      .filter((r) => r !== undefined)
      .map((r) => `<a href="#term-${escape(r.slug)}" lang="${escape(r.lang)}">${escape(r.term)}</a>`)
      .join(', ');
    const kind = t(`glossary.${term.kind}`);
    return `<dt id="term-${escape(term.slug)}" lang="${escape(term.lang)}">${escape(term.term)}${term.symbol ? ` (${escape(term.symbol)})` : ''}</dt>
<dd lang="${escape(term.lang)}"><span class="kind" lang="${escape(locale)}">${escape(kind)}.</span> ${escape(term.definition)}${related ? `<br><span lang="${escape(locale)}">${escape(t('glossary.related'))}:</span> ${related}` : ''}</dd>`;
  })
  .join('\n')}
</dl>
</section>`,
    )
    .join('\n');
  const main = `<h1>${escape(t('glossary.label'))}</h1>
<nav aria-label="${escape(t('glossary.letters'))}"><ul class="letters">${letters}</ul></nav>
${sections}`;
  return renderPage({
    locale,
    ui,
    pathFor: (code) => catalogPaths.glossaryPage(code),
    title: t('glossary.label'),
    description: `${t('glossary.label')} · ${localeInfo(locale)?.name ?? locale}`,
    main,
  });
}
