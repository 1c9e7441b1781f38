/**
 * The static pages of one locale besides the card pages (SPEC "Embedding": the link fallback of
 * every snippet, a print view and a share link): quiz worksheets, the glossary A–Z, topic
 * pages, and the oEmbed responses of card and quiz pages when the public address is known.
 */
import { catalogPaths, type CatalogIndex, type CompiledCard, type CompiledGlossary, type CompiledQuiz } from '../../shared/catalog.ts';
import type { UiStrings } from '../ui-strings.ts';
import { pageFrame, PAGES_CSS, PAGES_CSS_FILE, type PageFrame } from './layout.ts';
import { renderQuizPage } from './quiz-page.ts';
import { renderGlossaryPage } from './glossary-page.ts';
import { renderTopicPage } from './topic-page.ts';
import { oembedResponse } from './oembed.ts';

export { PAGES_CSS, PAGES_CSS_FILE };

/** `https://host/path/` from `ORE_KIT_URL`, or undefined when unset or not an http(s) URL. */
export function publicBase(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The frame (navigation, language switch, oEmbed link) of a card's static page, and its oEmbed response. */
export function cardPageFrame(card: CompiledCard, locale: string, ui: UiStrings, publicUrl?: string): { frame: PageFrame; oembed?: [string, string] } {
  const page = catalogPaths.cardPage(locale, card.slug);
  const oembed = publicUrl
    ? ([catalogPaths.oembed(page), JSON.stringify(oembedResponse(publicUrl, { widget: 'card', attributes: { card: card.slug, lang: locale } }, card.title))] as [string, string])
    : undefined;
  const frame = pageFrame({
    locale,
    ui,
    pathFor: (code) => catalogPaths.cardPage(code, card.slug),
    ...(oembed ? { oembed: { href: publicUrl + oembed[0], title: card.title } } : {}),
  });
  return { frame, ...(oembed ? { oembed } : {}) };
}

export function localePages(options: {
  locale: string;
  index: CatalogIndex;
  cards: CompiledCard[];
  quizzes: CompiledQuiz[];
  glossary: CompiledGlossary;
  ui: UiStrings;
  publicUrl?: string;
}): Map<string, string> {
  const { locale, index, ui, publicUrl } = options;
  const files = new Map<string, string>();
  const cards = new Map(options.cards.map((card) => [card.slug, card]));
  for (const quiz of options.quizzes) {
    const page = catalogPaths.quizPage(locale, quiz.slug);
    const topic = index.topics.find((t) => t.slug === quiz.topic);
    let oembed: { href: string; title: string } | undefined;
    if (publicUrl) {
      const file = catalogPaths.oembed(page);
      files.set(file, JSON.stringify(oembedResponse(publicUrl, { widget: 'quiz', attributes: { quiz: quiz.slug, lang: locale } }, quiz.title)));
      oembed = { href: publicUrl + file, title: quiz.title };
    }
    files.set(page, renderQuizPage({ quiz, locale, ui, cards, ...(topic ? { topic } : {}), ...(oembed ? { oembed } : {}) }));
  }
  files.set(catalogPaths.glossaryPage(locale), renderGlossaryPage(options.glossary, ui));
  for (const topic of index.topics) {
    files.set(
      catalogPaths.topicPage(locale, topic.slug),
      renderTopicPage({
        topic,
        cards: index.cards.filter((card) => card.topic === topic.slug),
        quizzes: index.quizzes.filter((quiz) => quiz.topic === topic.slug),
        locale,
        ui,
      }),
    );
  }
  return files;
}
