/** Host-page markup the smoke tests share. */

interface Library {
  cards: { slug: string; topic: string }[];
  quizzes: { slug: string }[];
  objects: { slug: string }[];
}

/** All six elements in one language, on the library's first card, quiz and object; `extra` adds attributes per element (an id, a theme). */
export const everyElement = (en: Library, lang: string, extra: (tag: string) => string) => `<section lang="${lang}">
      <ore-banner ${extra('banner')} topic="${en.cards[0].topic}"></ore-banner>
      <ore-card ${extra('card')} card="${en.cards[0].slug}"></ore-card>
      <ore-deck ${extra('deck')} topic="${en.cards[0].topic}"></ore-deck>
      <ore-quiz ${extra('quiz')} quiz="${en.quizzes[0].slug}"></ore-quiz>
      <ore-glossary ${extra('glossary')}></ore-glossary>
      <ore-explorer ${extra('explorer')} object="${en.objects[0].slug}"></ore-explorer>
    </section>`;
