/**
 * Checks on content translations that the schema cannot make alone: the same glossary links
 * as the source body, every number of the source, and the length limits of `fields.ts` in every
 * locale (the source too). All are errors: a wrong number is a wrong fact, a lost link loses a
 * definition the reader needs, and an overlong title breaks the layout.
 *
 * Numbers and links are compared only for translations made from the current source: when the
 * English text changes, its translations are reported stale by `npm run i18n:status` instead, so
 * an English author's edit never breaks the check for translations they cannot fix.
 */
import { ContentError } from '../errors.ts';
import { isStale, type Entry, type Library } from '../library.ts';
import { COLLECTIONS, type Collection } from '../schema.ts';
import { SOURCE_LOCALE } from '../../shared/locales.ts';
import { isDevLocale } from '../dev-locales.ts';
import { FIELDS, fieldName, fieldPattern, textFields, valueAt } from './fields.ts';
import { sourceNumbers, translationNumbers } from './numbers.ts';
import { languageName } from './plurals.ts';
import { termLinks } from './links.ts';

export { termLinks };

function checkLengths(entry: Entry, isSource: boolean, errors: ContentError[]) {
  for (const { path, value } of textFields(entry.collection, entry.data)) {
    const info = FIELDS[entry.collection][fieldPattern(fieldName(path))];
    const max = isSource ? (info?.sourceMax ?? info?.max) : info?.max;
    const length = [...value.trim()].length;
    if (max && length > max) {
      errors.push(new ContentError(entry.file, `must be at most ${max} characters (it has ${length}): ${info.where}`, entry.lineOf(path), fieldName(path)));
    }
  }
}

/** `f`, remembering its answer for each text it was asked about. */
function once<T>(f: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = f(text)));
    return answer;
  };
}

export function checkContent(library: Library): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const english = languageName(SOURCE_LOCALE);
  // A source text is compared with each of its translations: read it once.
  const sourceNumbersOf = once(sourceNumbers);
  const sourceLinksOf = once(termLinks);

  for (const collection of COLLECTIONS) for (const entry of library.sources[collection].values()) checkLengths(entry, true, errors);

  for (const [locale, byCollection] of library.translations) {
    // Generated text (src/compiler/dev-locales.ts) is longer on purpose and has nobody to fix it.
    if (isDevLocale(locale)) continue;
    for (const collection of COLLECTIONS as readonly Collection[]) {
      for (const translation of byCollection[collection].values()) {
        const source = library.sources[collection].get(translation.slug);
        if (!source) continue;
        checkLengths(translation, false, errors);
        if (isStale(library, translation)) continue;

        // Numbers, field by field.
        for (const { path, value } of textFields(collection, translation.data)) {
          const original = valueAt(source.data, path);
          if (typeof original !== 'string' || original === value) continue;
          const found = translationNumbers(value);
          for (const n of sourceNumbersOf(original)) {
            if (!found.has(n)) {
              errors.push(
                new ContentError(
                  translation.file,
                  `does not have the number ${n} of the ${english} text (${JSON.stringify(original)}); write every number of the source, in your language's format`,
                  translation.lineOf(path),
                  fieldName(path),
                ),
              );
            }
          }
        }

        if (translation.body === source.body) continue;
        // Numbers of the body, reported on the body's first line.
        const found = translationNumbers(translation.body);
        for (const n of sourceNumbersOf(source.body)) {
          if (!found.has(n)) {
            errors.push(
              new ContentError(translation.file, `does not have the number ${n} of the ${english} text; write every number of the source, in your language's format (22,3 or 22.3; 10 000 or 10.000)`, translation.bodyLine, 'body'),
            );
          }
        }
        // Glossary links: the same slugs, the words after | are yours.
        const sourceLinks = sourceLinksOf(source.body);
        const links = termLinks(translation.body);
        for (const slug of sourceLinks.keys()) {
          if (!links.has(slug)) {
            errors.push(
              new ContentError(
                translation.file,
                `leaves out the glossary link [[${slug}]] of the ${english} text; link the word that translates it as [[${slug}|your words]]`,
                translation.bodyLine,
                'body',
              ),
            );
          }
        }
        for (const [slug, line] of links) {
          if (!sourceLinks.has(slug)) {
            errors.push(
              new ContentError(
                translation.file,
                `links [[${slug}]], which the ${english} text does not; keep the links of the source (${[...sourceLinks.keys()].map((s) => `[[${s}]]`).join(', ') || 'none'})`,
                translation.bodyLine + line,
                'body',
              ),
            );
          }
        }
      }
    }
  }
  return { errors, warnings };
}
