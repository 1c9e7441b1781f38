/**
 * A quiz as a printable worksheet (`quizzes/<locale>/<slug>.html`): the questions with lettered
 * choices and lines for a name and a date, then, on a page of its own when printed, the answer
 * key with each explanation and a link to its card, and the sources of those cards.
 */
import { catalogPaths, type CompiledCard, type CompiledQuiz, type CompiledTopic } from '../../shared/catalog.ts';
import { directionOf } from '../../shared/locales.ts';
import { translator, type UiStrings } from '../ui-strings.ts';
import { escape, inLang, provenanceNotes, renderPage, rootFrom, sourceItems, withContent } from './layout.ts';

const letter = (i: number) => String.fromCharCode(65 + i);

export function renderQuizPage(options: {
  quiz: CompiledQuiz;
  locale: string;
  ui: UiStrings;
  cards: Map<string, CompiledCard>;
  topic?: CompiledTopic;
  oembed?: { href: string; title: string };
}): string {
  const { quiz, locale, ui, cards, topic } = options;
  const t = translator(ui, locale);
  const here = catalogPaths.quizPage(locale, quiz.slug);
  const root = rootFrom(here);
  const lang = quiz.lang;
  const questions = quiz.questions
    .map(
      (q, i) => `<li id="question-${i + 1}"><p class="question">${escape(q.question)}</p>
<ol class="choices">${q.choices.map((choice) => `<li>${escape(choice)}</li>`).join('')}</ol></li>`,
    )
    .join('\n');
  const answers = quiz.questions
    .map((q) => {
      const card = cards.get(q.card);
      const read = card
        ? `<p lang="${escape(locale)}"><a href="${escape(`${root}${catalogPaths.cardPage(locale, card.slug)}`)}">${withContent(t, 'quiz.readCard', { title: inLang(card.title, card.lang) })}</a></p>`
        : '';
      const answer = `${escape(letter(q.answer))}. ${inLang(q.choices[q.answer], lang)}`;
      return `<li><p lang="${escape(locale)}"><strong>${withContent(t, 'worksheet.answer', { answer })}</strong></p>
<p>${escape(q.explanation)}</p>${read}</li>`;
    })
    .join('\n');
  const seen = new Set<string>();
  const sources = sourceItems(quiz.questions.flatMap((q) => cards.get(q.card)?.sources ?? []).filter((s) => !seen.has(s.url) && seen.add(s.url)));
  const topicLink = topic
    ? `<p class="topic"><a href="${escape(`${root}${catalogPaths.topicPage(locale, topic.slug)}`)}" lang="${escape(topic.lang)}">${escape(topic.title)}</a></p>`
    : '';
  const main = `<article class="worksheet" lang="${escape(lang)}" dir="${directionOf(lang)}">
${topicLink}
<h1>${escape(quiz.title)}</h1>
${quiz.summary ? `<p>${escape(quiz.summary)}</p>` : ''}
${provenanceNotes(quiz, locale, ui)}
<p class="write-in" lang="${escape(locale)}"><span>${escape(t('worksheet.name'))}:</span> <span>${escape(t('worksheet.date'))}:</span></p>
<p lang="${escape(locale)}">${escape(t('worksheet.instructions'))}</p>
<ol class="questions">
${questions}
</ol>
<section class="answer-key">
<h2 lang="${escape(locale)}">${escape(t('worksheet.answers'))}</h2>
<ol>
${answers}
</ol>
</section>
${sources ? `<section lang="${escape(locale)}"><h2>${escape(t('card.sources'))}</h2><ol>${sources}</ol></section>` : ''}
</article>`;
  return renderPage({
    locale,
    ui,
    pathFor: (code) => catalogPaths.quizPage(code, quiz.slug),
    title: quiz.title,
    description: quiz.summary ?? quiz.title,
    main,
    ...(options.oembed ? { oembed: options.oembed } : {}),
  });
}
