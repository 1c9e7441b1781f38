/**
 * Turns a validated library into what the browser fetches: per-locale JSON catalogs with
 * fallbacks resolved, markdown rendered, glossary links checked, plus a static HTML page per
 * card and locale. Returns files in memory (or hands each on as it is made, `emit`); either
 * everything compiles or the result has no files.
 */
import {
  catalogPaths,
  type CardSummary,
  type CatalogIndex,
  type CatalogSelection,
  type CompiledCard,
  type CompiledGlossary,
  type CompiledQuiz,
  type CompiledRegion,
  type CompiledTerm,
  type CompiledTopic,
  type Provenance,
  type QuizSummary,
  type Collection,
  type Source,
} from '../shared/catalog.ts';
import type { CardSource, GlossarySource, QuizSource, RegionSource, TopicSource } from './schema.ts';
import { ContentError } from './errors.ts';
import { loadLibrary, isStale, type Entry, type Library, type ParseCache, type Translation } from './library.ts';
import { countWords, renderMarkdown } from './markdown.ts';
import { quizBalanceWarnings } from './quiz-balance.ts';
import { loadUiStrings, type UiStrings } from './ui-strings.ts';
import { renderCardPage, CARD_PAGE_CSS } from './card-page.ts';
import { isSiteKey } from '../shared/ui-sections.ts';
import { cardPageFrame, localePages, publicBase, PAGES_CSS, PAGES_CSS_FILE } from './pages/index.ts';
import { checkObjects, compileObject } from './objects.ts';
import { renderObjectPage, OBJECT_PAGE_CSS } from './pages/object-page.ts';
import { RESERVE_CSS } from './reserve-css.ts';
import { checkUiStrings, withUiLines } from './checks/ui.ts';
import { checkContent } from './checks/content.ts';
import { checkLocaleConfig, loadDraftLocales } from './checks/locales.ts';
import { computeStatus } from './status.ts';
import { STATUS_FILE, type I18nStatus } from '../shared/i18n-status.ts';
import { loadAllUiMeta, loadUiReview, uiBaseKey } from './ui-meta.ts';
import { LOCALE_CODES, SOURCE_LOCALE, fallbackChain } from '../shared/locales.ts';

export interface CompileResult {
  /** Output files by path relative to the site root, e.g. `content/en/index.json`. */
  files: Map<string, string>;
  errors: ContentError[];
  warnings: ContentError[];
  library: Library;
  ui: UiStrings;
  /** The translation report of the locales built (its JSON is `STATUS_FILE` in `files`). */
  status?: I18nStatus;
  /** Milliseconds spent in each phase (`npm run bench` prints them). */
  timings: Record<'read' | 'checks' | 'catalogs' | 'status', number>;
}

export const BODY_WORDS = { min: 60, max: 180 } as const;

/** The translation status report (`I18nStatus`) for the status page, next to the catalogs. */
export { STATUS_FILE } from '../shared/i18n-status.ts';

export interface CompileOptions {
  /** Folder holding `locales/`, when it is not `root` (test fixtures reuse the real UI strings). */
  localesRoot?: string;
  /** The address `dist/` is served from (`ORE_KIT_URL`): oEmbed responses need absolute URLs. */
  publicUrl?: string;
  /**
   * Build only these locales' catalogs, pages and status (default: all): one worker's share of a
   * parallel build (parallel.ts). What belongs to no locale (style sheets) is in every share.
   */
  locales?: readonly string[];
  /** Kept across compiles by the dev server, so that an edit re-reads only the file that changed. */
  cache?: ParseCache;
  /**
   * Receives each output file as soon as it is made, instead of `files` keeping it: a build
   * writes them on another thread while the rest compiles (file-writer.ts). Files already
   * emitted when an error is found are the caller's to discard.
   */
  emit?: (file: string, body: string) => void;
}

/** Where output files go: the result's `files`, or `emit`. */
interface Output {
  set(file: string, body: string): unknown;
}

/** Compiles the library in `root/content` with the UI strings in `locales/`. */
export async function compile(root: string, options: CompileOptions = {}): Promise<CompileResult> {
  const localesRoot = options.localesRoot ?? root;
  let mark = performance.now();
  const lap = () => -mark + (mark = performance.now());
  const timings = { read: 0, checks: 0, catalogs: 0, status: 0 };
  const built = options.locales ?? LOCALE_CODES;
  // A share's locales and everything they fall back to: nb needs sv's cards as well as its own.
  const needed = [...new Set(built.flatMap((code) => fallbackChain(code)))];
  const [library, ui] = await Promise.all([loadLibrary(root, { locales: needed, cache: options.cache }), loadUiStrings(localesRoot)]);
  timings.read = lap();
  const uiChecks = await checkUiStrings(localesRoot, ui);
  const contentChecks = checkContent(library);
  const errors = [...(await checkLocaleConfig(localesRoot)), ...library.errors, ...(await withUiLines(localesRoot, ui.errors))];
  const warnings = [...library.warnings, ...(await withUiLines(localesRoot, ui.warnings)), ...uiChecks.warnings, ...contentChecks.warnings];
  const files = new Map<string, string>();
  const output: Output = options.emit ? { set: options.emit } : files;
  checkReferences(library, errors, warnings);
  timings.checks = lap();
  if (errors.length === 0) {
    buildCatalogs(library, ui, built, output, errors, publicBase(options.publicUrl));
    // UI strings travel as data beside the content, fetched in parallel with it.
    for (const [locale, strings] of ui.strings) {
      if (!built.includes(locale)) continue;
      // The site's own strings travel apart, so an element fetches only what it can show.
      // A string shown only in the source language is never read in another: it is not shipped there.
      const entries = Object.entries(strings).filter(([key]) => locale === SOURCE_LOCALE || !ui.sourceOnly.has(uiBaseKey(key)));
      output.set(catalogPaths.ui(locale), JSON.stringify(nest(Object.fromEntries(entries.filter(([key]) => !isSiteKey(key))))));
      output.set(catalogPaths.siteUi(locale), JSON.stringify(nest(Object.fromEntries(entries.filter(([key]) => isSiteKey(key))))));
    }
  }
  timings.catalogs = lap();
  // Translation checks never stop the catalogs from being tried, so their errors do not hide others.
  errors.push(...uiChecks.errors, ...contentChecks.errors);
  let status: I18nStatus | undefined;
  if (errors.length === 0) {
    const locales = built.filter((code) => code !== SOURCE_LOCALE);
    const [uiMeta, uiReview, drafts] = await Promise.all([loadAllUiMeta(localesRoot, locales), loadUiReview(localesRoot), loadDraftLocales(localesRoot)]);
    status = computeStatus({ library, ui, uiMeta, uiReview, locales, drafts });
    output.set(STATUS_FILE, JSON.stringify(status));
  }
  timings.status = lap();
  if (errors.length > 0) files.clear();
  return { files, errors: dedupe(errors), warnings: dedupe(warnings), library, ui, status, timings };
}

export function dedupe(list: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.toString()) && seen.add(e.toString()));
}

function checkReferences(library: Library, errors: ContentError[], warnings: ContentError[]) {
  const { sources, illustrations } = library;
  const known = (collection: Collection) => [...sources[collection].keys()];
  const materials = new Set(
    [...sources.glossary.values()].filter((e) => (e.data as GlossarySource).kind === 'material').map((e) => e.slug),
  );
  const expect = (entry: Entry, at: PropertyKey[], ok: boolean, message: string) => {
    if (!ok) errors.push(new ContentError(entry.file, message, entry.lineOf(at), at.map(String).join('.').replace(/\.(\d+)/g, '[$1]')));
  };
  const checkList = (entry: Entry, field: string, values: string[] | undefined, valid: Set<string> | string[], what: string) => {
    const set = valid instanceof Set ? valid : new Set(valid);
    values?.forEach((value, i) => expect(entry, [field, i], set.has(value), `unknown ${what} "${value}"`));
  };
  const topics = known('topics');
  const regions = known('regions');
  const cards = known('cards');
  const glossary = known('glossary');
  const checkIllustration = (entry: Entry, illustration?: { src: string }) => {
    if (illustration) {
      expect(entry, ['illustration', 'src'], illustrations.has(illustration.src), `unknown illustration "${illustration.src}": no content/illustrations/${illustration.src}.svg`);
    }
  };

  for (const entry of sources.topics.values()) checkIllustration(entry, (entry.data as TopicSource).illustration);
  for (const entry of sources.glossary.values()) checkList(entry, 'related', (entry.data as GlossarySource).related, glossary, 'glossary term');
  for (const entry of sources.regions.values()) {
    const data = entry.data as RegionSource;
    checkList(entry, 'minerals', data.minerals, materials, 'mineral (a glossary term of kind material)');
    checkIllustration(entry, data.illustration);
  }
  for (const entry of sources.cards.values()) {
    const data = entry.data as CardSource;
    expect(entry, ['topic'], topics.includes(data.topic), `unknown topic "${data.topic}" (known: ${topics.join(', ') || 'none'})`);
    checkList(entry, 'minerals', data.minerals, materials, 'mineral (a glossary term of kind material)');
    checkList(entry, 'regions', data.regions, regions, 'region');
    checkIllustration(entry, data.illustration);
    const words = countWords(entry.body);
    if (words < BODY_WORDS.min || words > BODY_WORDS.max) {
      warnings.push(
        new ContentError(entry.file, `has ${words} words; a card body should have about ${BODY_WORDS.min}–${BODY_WORDS.max}`, entry.bodyLine, 'body'),
      );
    }
  }
  for (const entry of sources.quizzes.values()) {
    const data = entry.data as QuizSource;
    expect(entry, ['topic'], topics.includes(data.topic), `unknown topic "${data.topic}"`);
    data.questions.forEach((q, i) => {
      expect(entry, ['questions', i, 'answer'], q.choices.includes(q.answer), `"${q.answer}" is not one of the choices; write it exactly as in choices`);
      expect(entry, ['questions', i, 'card'], cards.includes(q.card), `unknown card "${q.card}"`);
    });
    warnings.push(...quizBalanceWarnings(entry));
  }
  checkObjects(library, errors);
}

/** The entry to show for `slug` in `locale`: its own translation, else along the fallback chain. */
function resolver(library: Library) {
  const chains = new Map(LOCALE_CODES.map((code) => [code, fallbackChain(code)]));
  return <C extends Collection>(collection: C, slug: string, locale: string): Entry | Translation | undefined => {
    for (const code of chains.get(locale) ?? fallbackChain(locale)) {
      const entry = code === SOURCE_LOCALE ? library.sources[collection].get(slug) : library.translations.get(code)?.[collection].get(slug);
      if (entry) return entry;
    }
    return undefined;
  };
}

function provenance(library: Library, entry: Entry | Translation): Provenance {
  if (!('status' in entry)) return { lang: entry.lang, status: 'source' };
  return isStale(library, entry) ? { lang: entry.lang, status: entry.status, stale: true } : { lang: entry.lang, status: entry.status };
}

/** `{'card.sources': 'Sources'}` → `{card: {sources: 'Sources'}}`, the shape of ui.json. */
function nest(strings: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(strings)) {
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = text;
  }
  return out;
}

function buildCatalogs(library: Library, ui: UiStrings, locales: readonly string[], files: Output, errors: ContentError[], publicUrl?: string) {
  const resolve = resolver(library);
  const json = (value: unknown) => JSON.stringify(value);
  const reportedTerms = new Set<string>();
  const topicOrder = (slug: string) => (library.sources.topics.get(slug)?.data as TopicSource | undefined)?.order ?? 0;
  const byTopicThenSlug = (a: { topic: string; slug: string }, b: { topic: string; slug: string }) =>
    topicOrder(a.topic) - topicOrder(b.topic) || a.slug.localeCompare(b.slug);

  const term = (entry: Entry) => {
    const data = entry.data as GlossarySource;
    return {
      slug: entry.slug,
      term: data.term,
      kind: data.kind,
      ...(data.symbol ? { symbol: data.symbol } : {}),
      definition: data.definition,
      related: data.related ?? [],
      ...provenance(library, entry),
    } satisfies CompiledTerm;
  };

  // Cards are compiled once per language they exist in, then shared by every locale that falls back to them.
  const cardCache = new Map<string, CompiledCard>();
  const compileCard = (entry: Entry): CompiledCard => {
    const key = `${entry.lang}/${entry.slug}`;
    const cached = cardCache.get(key);
    if (cached) return cached;
    const data = entry.data as CardSource;
    const rendered = renderMarkdown(entry.body, (slug) => (resolve('glossary', slug, entry.lang)?.data as GlossarySource | undefined)?.term);
    for (const { slug, line } of rendered.unknown) {
      const id = `${entry.file}:${slug}`;
      if (!reportedTerms.has(id)) {
        reportedTerms.add(id);
        errors.push(new ContentError(entry.file, `unknown glossary term [[${slug}]]: no content/${SOURCE_LOCALE}/glossary/${slug}.md`, entry.bodyLine + line, 'body'));
      }
    }
    const topic = resolve('topics', data.topic, entry.lang);
    const card = {
      ...summaryOf(entry),
      topicTitle: (topic?.data as TopicSource | undefined)?.title ?? data.topic,
      ...((library.sources.topics.get(data.topic)?.data as TopicSource | undefined)?.color
        ? { topicColor: (library.sources.topics.get(data.topic)!.data as TopicSource).color }
        : {}),
      illustration: { svg: library.illustrations.get(data.illustration.src) ?? '', alt: data.illustration.alt },
      html: rendered.html,
      sources: data.sources as Source[],
      terms: rendered.used.map((slug) => term(resolve('glossary', slug, entry.lang)!)),
    } satisfies CompiledCard;
    cardCache.set(key, card);
    return card;
  };

  const summaryOf = (entry: Entry) => {
    const data = entry.data as CardSource;
    return {
      slug: entry.slug,
      title: data.title,
      summary: data.summary,
      topic: data.topic,
      tags: data.tags,
      minerals: data.minerals ?? [],
      regions: data.regions ?? [],
      ...(data.figure ? { figure: data.figure } : {}),
      ...provenance(library, entry),
    } satisfies CardSummary;
  };

  const cardTitleOf = (slug: string, locale: string) => {
    const card = resolve('cards', slug, locale);
    return { cardTitle: (card?.data as CardSource | undefined)?.title ?? slug, cardLang: card?.lang ?? locale };
  };

  const quizOf = (entry: Entry, locale: string) => {
    const data = entry.data as QuizSource;
    const source = library.sources.quizzes.get(entry.slug)!.data as QuizSource;
    return {
      slug: entry.slug,
      title: data.title,
      topic: data.topic,
      ...(data.summary ? { summary: data.summary } : {}),
      count: data.questions.length,
      questions: data.questions.map((q, i) => ({
        question: q.question,
        choices: q.choices,
        answer: source.questions[i].choices.indexOf(source.questions[i].answer),
        explanation: q.explanation,
        card: q.card,
        ...cardTitleOf(q.card, locale),
      })),
      ...provenance(library, entry),
    } satisfies CompiledQuiz;
  };

  for (const locale of locales) {
    const slugs = (collection: Collection) => [...library.sources[collection].keys()];
    const entries = (collection: Collection) => slugs(collection).map((slug) => resolve(collection, slug, locale)!);
    const collator = new Intl.Collator(locale);

    const topics: CompiledTopic[] = entries('topics')
      .map((entry) => {
        const data = entry.data as TopicSource;
        return {
          slug: entry.slug,
          title: data.title,
          summary: data.summary,
          order: data.order,
          ...(data.color ? { color: data.color } : {}),
          ...provenance(library, entry),
        };
      })
      .sort((a, b) => a.order - b.order);
    const regions: CompiledRegion[] = entries('regions')
      .map((entry) => {
        const data = entry.data as RegionSource;
        return {
          slug: entry.slug,
          name: data.name,
          country: data.country,
          remix: data.remix,
          summary: data.summary,
          minerals: data.minerals,
          ...provenance(library, entry),
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name));

    const cards = entries('cards').map(compileCard).sort(byTopicThenSlug);
    const quizzes = entries('quizzes').map((entry) => quizOf(entry, locale)).sort(byTopicThenSlug);
    const objects = entries('objects')
      .map((entry) => compileObject(entry, library.illustrations, { resolve, provenance: (e) => provenance(library, e), term, errors }))
      .sort((a, b) => collator.compare(a.title, b.title));
    const glossary = {
      locale,
      terms: entries('glossary').map(term).sort((a, b) => collator.compare(a.term, b.term)),
    } satisfies CompiledGlossary;

    const index = {
      locale,
      topics,
      regions,
      cards: cards.map(({ topicTitle, topicColor, illustration, html, sources, terms, ...summary }) => summary),
      quizzes: quizzes.map(({ questions, ...summary }): QuizSummary => summary),
      objects: objects.map(({ slug, title, summary, lang, status, stale }) => ({ slug, title, summary, lang, status, ...(stale ? { stale } : {}) })),
    } satisfies CatalogIndex;
    files.set(catalogPaths.index(locale), json(index));
    const selection = { locale, topics: topics.map(({ slug }) => ({ slug })), regions: regions.map(({ slug }) => ({ slug })), cards: index.cards } satisfies CatalogSelection;
    files.set(catalogPaths.selection(locale), json(selection));
    // A deck or banner of one topic, and no other filter, fetches that topic's cards only (a
    // fifth of the whole list); with tags or a region it reads the whole list, to check them.
    for (const topic of topics) {
      // What a deck or banner reads of a card: no minerals (nothing selects by them there).
      const cardsOfTopic = index.cards.filter((card) => card.topic === topic.slug).map(({ minerals, ...card }) => ({ ...card, minerals: [] }));
      files.set(catalogPaths.topicSelection(locale, topic.slug), json({ locale, topics: [{ slug: topic.slug }], regions: [], cards: cardsOfTopic } satisfies CatalogSelection));
    }
    files.set(catalogPaths.glossary(locale), json(glossary));
    const termsBySlug = new Map(glossary.terms.map((t) => [t.slug, t]));
    for (const entry of glossary.terms) {
      if (entry.lang !== locale) continue;
      const related = entry.related.map((slug) => termsBySlug.get(slug)).filter((t) => t !== undefined);
      files.set(catalogPaths.term(locale, entry.slug), json({ locale, terms: [entry, ...related] } satisfies CompiledGlossary));
    }
    for (const card of cards) {
      // A card in another language is the same file as in that language: the browser falls back
      // along the chain at run time (content-client.ts) instead of fetching a copy per locale.
      if (card.lang === locale) files.set(catalogPaths.card(locale, card.slug), json(card));
      const page = cardPageFrame(card, locale, ui, publicUrl);
      files.set(catalogPaths.cardPage(locale, card.slug), renderCardPage(card, locale, ui, page.frame));
      if (page.oembed) files.set(...page.oembed);
    }
    for (const quiz of quizzes) files.set(catalogPaths.quiz(locale, quiz.slug), json(quiz));
    for (const [file, body] of localePages({ locale, index, cards, quizzes, glossary, ui, publicUrl })) files.set(file, body);
    for (const object of objects) {
      files.set(catalogPaths.object(locale, object.slug), json(object));
      files.set(catalogPaths.objectPage(locale, object.slug), renderObjectPage(object, locale, ui));
    }
  }
  files.set('cards/ore-card-page.css', CARD_PAGE_CSS);
  files.set(PAGES_CSS_FILE, PAGES_CSS);
  files.set('objects/ore-object-page.css', OBJECT_PAGE_CSS);
  files.set('ore-kit.css', RESERVE_CSS);
}

export { loadLibrary };
