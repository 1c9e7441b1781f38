/**
 * Which plural forms (i18next JSON v4 suffixes `_one`, `_few`, …) a locale's UI strings must have.
 *
 * The categories come from CLDR through `Intl.PluralRules(locale).resolvedOptions().pluralCategories`,
 * which is what i18next selects from at run time and what Weblate's "i18next JSON v4" format
 * writes. A form is *required* when a whole number can select it (the kit only counts things:
 * questions, terms), plus `other`, which every language has. A form only decimals select (Czech
 * `many` for 1.5, Polish `other`) is *optional*: accepted, never demanded. So Spanish, Portuguese,
 * French and Italian need `many` (CLDR uses it for 1 000 000 and up: "1 millón de …"), Czech
 * does not. A suffix the language does not have at all is an error: i18next never shows it.
 */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

const SAMPLES = [...Array.from({ length: 201 }, (_, i) => i), 1000, 10_000, 100_000, 1_000_000, 2_000_000, 1_000_000_000];

export interface PluralForms {
  /** Forms whole numbers select, plus `other`. */
  required: PluralCategory[];
  /** Forms only decimals select. */
  optional: PluralCategory[];
  /** Every form of the language, in CLDR order. */
  all: PluralCategory[];
  /** Up to four whole numbers each required form is used for. */
  examples: Partial<Record<PluralCategory, number[]>>;
}

const ORDER: PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export function pluralForms(locale: string): PluralForms {
  const rules = new Intl.PluralRules(locale);
  const all = (rules.resolvedOptions().pluralCategories as PluralCategory[]).slice().sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const examples: PluralForms['examples'] = {};
  for (const n of SAMPLES) {
    const category = rules.select(n) as PluralCategory;
    const list = (examples[category] ??= []);
    if (list.length < 4) list.push(n);
  }
  const required = all.filter((c) => c === 'other' || examples[c]);
  return { required, optional: all.filter((c) => !required.includes(c)), all, examples };
}

/** English name of a language, for messages: `pl` → "Polish". */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
