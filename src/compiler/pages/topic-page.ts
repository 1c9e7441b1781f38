/** A topic and its cards (`topics/<locale>/<slug>.html`), with its quizzes as worksheets. */
import { catalogPaths, type CardSummary, type CompiledTopic, type QuizSummary } from '../../shared/catalog.ts';
import { directionOf } from '../../shared/locales.ts';
import { translator, type UiStrings } from '../ui-strings.ts';
import { escape, renderPage, rootFrom } from './layout.ts';

export function renderTopicPage(options: { topic: CompiledTopic; cards: CardSummary[]; quizzes: QuizSummary[]; locale: string; ui: UiStrings }): string {
  const { topic, cards, quizzes, locale, ui } = options;
  const t = translator(ui, locale);
  const root = rootFrom(catalogPaths.topicPage(locale, topic.slug));
  const item = (href: string, entry: { lang: string; title: string; summary?: string }) =>
    `<li lang="${escape(entry.lang)}" dir="${directionOf(entry.lang)}"><a href="${escape(root + href)}">${escape(entry.title)}</a>${entry.summary ? `<br>${escape(entry.summary)}` : ''}</li>`;
  const main = `<h1 lang="${escape(topic.lang)}">${escape(topic.title)}</h1>
<p lang="${escape(topic.lang)}">${escape(topic.summary)}</p>
<section><h2>${escape(t('topicPage.cards'))}</h2>
<ul class="cards">
${cards.map((card) => item(catalogPaths.cardPage(locale, card.slug), card)).join('\n')}
</ul></section>
${quizzes.length ? `<section><h2>${escape(t('topicPage.quizzes'))}</h2><ul class="cards">${quizzes.map((quiz) => item(catalogPaths.quizPage(locale, quiz.slug), quiz)).join('\n')}</ul></section>` : ''}
<p><a href="${escape(root + catalogPaths.glossaryPage(locale))}">${escape(t('glossary.label'))}</a></p>`;
  return renderPage({ locale, ui, pathFor: (code) => catalogPaths.topicPage(code, topic.slug), title: topic.title, description: topic.summary, main });
}
