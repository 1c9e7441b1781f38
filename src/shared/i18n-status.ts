/**
 * The translation status report: what `npm run i18n:status` prints and the build writes to
 * `content/i18n-status.json` (computed by src/compiler/status.ts). Types only, and the file's
 * path, so the status page in the browser reads the same shape the compiler writes.
 */
import type { Collection } from './catalog.ts';

/** Where the build writes the report, beside the catalogs. */
export const STATUS_FILE = 'content/i18n-status.json';

export type ItemState = 'reviewed' | 'machine' | 'stale' | 'missing';

export interface ItemStatus {
  slug: string;
  /** The translation's file, existing or to be created. */
  file: string;
  state: ItemState;
  /** The source hash to write into `translation.from`. */
  hash: string;
  /** For stale items: the hash the translation was made from. */
  from?: string;
  /** For translations: machine or reviewed (a stale item keeps its status). */
  status?: 'machine' | 'reviewed';
  reviewedBy?: string;
  /** Words of the English text to translate. */
  words: number;
}

export interface Count {
  items: number;
  words: number;
}

export interface CollectionStatus {
  total: Count;
  reviewed: Count;
  machine: Count;
  stale: Count;
  missing: Count;
  items: ItemStatus[];
}

export interface UiKeyStatus {
  key: string;
  state: 'current' | 'stale' | 'missing' | 'unstamped';
  /** The English text today (the `_other` form for plurals). */
  english: string;
}

export interface LinkedTerm {
  slug: string;
  file: string;
  hash: string;
  /** Translated cards of this locale that link the term. */
  cards: string[];
}

export interface LocaleStatus {
  code: string;
  /** The language's own name for itself (locales/locales.json). */
  name: string;
  collections: Record<Collection, CollectionStatus>;
  /** All collections together. */
  content: Omit<CollectionStatus, 'items'>;
  ui: {
    file: string;
    /** Review state of the whole file, from locales/locales.json. */
    status: 'machine' | 'reviewed';
    total: number;
    current: number;
    stale: number;
    missing: number;
    unstamped: number;
    keys: UiKeyStatus[];
    /** Translated keys the kit never shows in this locale (`sourceOnly` in ui.notes.json): remove them. */
    unused: string[];
  };
  /** Glossary terms not translated into this locale that its translated cards link to. */
  linkedTerms: LinkedTerm[];
  /** Nothing missing and nothing stale, in content and UI strings. */
  complete: boolean;
  /** Complete; partial (something translated, even if stale); or not started (nothing translated). */
  progress: 'complete' | 'partial' | 'not-started';
  /** Marked `"draft": true` in locales/locales.json: a new language, not yet held to `--strict`. */
  draft?: boolean;
}

export interface I18nStatus {
  source: string;
  locales: LocaleStatus[];
}
