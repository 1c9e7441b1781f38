/**
 * What each locale has, lacks and has out of date: pure data in (the loaded library, UI strings
 * and their stamps), a JSON-able report out. `npm run i18n:status` prints it, the build writes it
 * to `content/i18n-status.json` so a status page can draw the same numbers: fetch that file and
 * `import type { I18nStatus }` from src/shared/i18n-status.ts. Pure: no file, git or network access.
 */
import { COLLECTIONS, type Collection } from './schema.ts';
import type { CollectionStatus, Count, I18nStatus, ItemState, ItemStatus, LocaleStatus, UiKeyStatus } from '../shared/i18n-status.ts';
import type { Entry, Library } from './library.ts';
import type { UiStrings } from './ui-strings.ts';
import { countWords } from './markdown.ts';
import { textFields } from './checks/fields.ts';
import { termLinks } from './checks/links.ts';
import { uiBaseKey, uiSourceHashes, type UiMeta } from './ui-meta.ts';
import { LOCALES, SOURCE_LOCALE } from '../shared/locales.ts';
import { isDevLocale } from './dev-locales.ts';

export type { CollectionStatus, Count, I18nStatus, ItemState, ItemStatus, LinkedTerm, LocaleStatus, UiKeyStatus } from '../shared/i18n-status.ts';

const zero = (): Count => ({ items: 0, words: 0 });
const add = (count: Count, words: number) => {
  count.items++;
  count.words += words;
};

/** Words a translator has to translate in an entry: its text fields and body. */
export function wordsOf(entry: Entry): number {
  return textFields(entry.collection, entry.data).reduce((sum, f) => sum + countWords(f.value), 0) + countWords(entry.body);
}

export interface StatusInput {
  library: Library;
  ui: UiStrings;
  /** Each locale's `ui.meta.json`, when it has one. */
  uiMeta: Map<string, UiMeta | undefined>;
  /** Review state of each locale's ui.json (locales/locales.json `ui`). */
  uiReview?: Record<string, 'machine' | 'reviewed' | undefined>;
  /** Locales to report; default every locale but the source. */
  locales?: readonly string[];
  /** Locales marked `"draft": true` in locales/locales.json (loadDraftLocales). */
  drafts?: ReadonlySet<string>;
}

export function computeStatus({ library, ui, uiMeta, uiReview = {}, locales, drafts = new Set() }: StatusInput): I18nStatus {
  // The development locales (src/compiler/dev-locales.ts) are generated, not translated: nothing to report.
  const codes = (locales ?? LOCALES.map((l) => l.code).filter((c) => c !== SOURCE_LOCALE)).filter((c) => !isDevLocale(c));
  const source = ui.strings.get(SOURCE_LOCALE) ?? {};
  const uiHashes = uiSourceHashes(source);
  const sourceWords = new Map<string, number>();
  for (const collection of COLLECTIONS) {
    for (const entry of library.sources[collection].values()) sourceWords.set(`${collection}/${entry.slug}`, wordsOf(entry));
  }

  const report = (code: string): LocaleStatus => {
    const translations = library.translations.get(code);
    const collections = {} as Record<Collection, CollectionStatus>;
    const content: Omit<CollectionStatus, 'items'> = { total: zero(), reviewed: zero(), machine: zero(), stale: zero(), missing: zero() };
    for (const collection of COLLECTIONS) {
      const status: CollectionStatus = { total: zero(), reviewed: zero(), machine: zero(), stale: zero(), missing: zero(), items: [] };
      for (const slug of [...library.sources[collection].keys()].sort()) {
        const hash = library.hashes.get(`${collection}/${slug}`)!;
        const words = sourceWords.get(`${collection}/${slug}`) ?? 0;
        const translation = translations?.[collection].get(slug);
        const file = translation?.file ?? `content/${code}/${collection}/${slug}.md`;
        let item: ItemStatus;
        if (!translation) item = { slug, file, state: 'missing', hash, words };
        else {
          const state: ItemState = translation.from !== hash ? 'stale' : translation.status;
          item = {
            slug,
            file,
            state,
            hash,
            ...(state === 'stale' ? { from: translation.from } : {}),
            status: translation.status,
            ...(translation.reviewedBy ? { reviewedBy: translation.reviewedBy } : {}),
            words,
          };
        }
        add(status.total, words);
        add(status[item.state], words);
        add(content.total, words);
        add(content[item.state], words);
        status.items.push(item);
      }
      collections[collection] = status;
    }

    // UI strings, by base key (plural forms together).
    const strings = ui.strings.get(code) ?? {};
    const meta = uiMeta.get(code);
    const byBase = new Map<string, string[]>();
    for (const key of Object.keys(strings)) byBase.set(uiBaseKey(key), [...(byBase.get(uiBaseKey(key)) ?? []), key]);
    const keys: UiKeyStatus[] = [...uiHashes].filter(([base]) => !ui.sourceOnly.has(base)).map(([base, hash]) => {
      const english = source[base] ?? source[`${base}_other`] ?? '';
      const present = byBase.get(base);
      if (!present) return { key: base, state: 'missing', english };
      const entries = present.map((k) => meta?.keys[k]);
      if (entries.some((e) => !e)) return { key: base, state: 'unstamped', english };
      return { key: base, state: entries.some((e) => e!.from !== hash) ? 'stale' : 'current', english };
    });
    const countUi = (state: UiKeyStatus['state']) => keys.filter((k) => k.state === state).length;

    // Untranslated glossary terms that this locale's translated cards link to.
    const linked = new Map<string, Set<string>>();
    for (const card of translations?.cards.values() ?? []) {
      for (const slug of termLinks(card.body).keys()) {
        if (translations?.glossary.has(slug) || !library.sources.glossary.has(slug)) continue;
        (linked.get(slug) ?? linked.set(slug, new Set()).get(slug)!).add(card.slug);
      }
    }
    const linkedTerms = [...linked]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, cards]) => ({ slug, file: `content/${code}/glossary/${slug}.md`, hash: library.hashes.get(`glossary/${slug}`)!, cards: [...cards].sort() }));

    const uiStatus = {
      file: `locales/${code}/ui.json`,
      status: uiReview[code] ?? 'machine',
      total: keys.length,
      current: countUi('current') + countUi('unstamped'),
      stale: countUi('stale'),
      missing: countUi('missing'),
      unstamped: countUi('unstamped'),
      keys,
      unused: [...byBase.keys()].filter((base) => ui.sourceOnly.has(base)).sort(),
    } as const;
    const complete = content.missing.items === 0 && content.stale.items === 0 && uiStatus.missing === 0 && uiStatus.stale === 0;
    const started = content.missing.items < content.total.items || uiStatus.missing < uiStatus.total;
    return {
      code,
      name: LOCALES.find((l) => l.code === code)?.name ?? code,
      collections,
      content,
      ui: uiStatus,
      linkedTerms,
      complete,
      progress: complete ? 'complete' : started ? 'partial' : 'not-started',
      ...(drafts.has(code) ? { draft: true } : {}),
    };
  };

  return { source: SOURCE_LOCALE, locales: codes.map(report) };
}
