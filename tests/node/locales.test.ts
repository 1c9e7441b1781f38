import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALE_CODES, SOURCE_LOCALE, fallbackChain, matchLocale, directionOf, resolveChain, languageName, intlTag } from '../../src/shared/locales.ts';
import { formatFigure } from '../../src/shared/format.ts';

describe('locale matching', () => {
  it('ships the nine partner locales with en as the source', () => {
    assert.deepEqual([...LOCALE_CODES].sort(), ['cs', 'de', 'el', 'en', 'es', 'fi', 'pl', 'pt', 'sv']);
    assert.equal(SOURCE_LOCALE, 'en');
  });

  it('matches exactly, case-insensitively, and by language for regional tags', () => {
    assert.equal(matchLocale('fi'), 'fi');
    assert.equal(matchLocale('DE'), 'de');
    assert.equal(matchLocale('pt-BR'), 'pt');
    assert.equal(matchLocale('sv_FI'), 'sv');
    assert.equal(matchLocale('el-GR'), 'el');
  });

  it('matches nothing for an unknown or empty tag', () => {
    assert.equal(matchLocale('ja'), undefined);
    assert.equal(matchLocale(''), undefined);
    assert.equal(matchLocale(undefined), undefined);
  });

  it('falls back to the source locale, and the source to nothing else', () => {
    assert.deepEqual(fallbackChain('de'), ['de', 'en']);
    assert.deepEqual(fallbackChain('en'), ['en']);
    assert.equal(directionOf('el'), 'ltr');
  });
});

describe('fallback chains, language names and Portuguese', () => {
  it('follows the fallbacks of fallbacks, each once, then the source', () => {
    const table: Record<string, string[]> = { nb: ['nn', 'sv'], nn: ['sv'], sv: ['da'], da: [] };
    assert.deepEqual(resolveChain('nb', (code) => table[code] ?? [], 'en'), ['nb', 'nn', 'sv', 'da', 'en']);
    // A loop (which npm run check rejects) still ends.
    assert.deepEqual(resolveChain('a', (code) => ({ a: ['b'], b: ['a'] })[code] ?? [], 'en'), ['a', 'b', 'en']);
  });

  it('names a language in the reader’s language, in the form that fits after a colon', () => {
    assert.equal(languageName('en', 'fi'), 'englanti');
    assert.equal(languageName('en', 'de'), 'Englisch');
    assert.match(languageName('en', 'pl'), /^angielski/);
    assert.equal(languageName('en', 'sv'), 'engelska');
  });

  it('treats pt as European Portuguese: pt-PT numbers, whatever the page asked for', () => {
    assert.equal(intlTag('pt'), 'pt-PT');
    for (const tag of ['pt', 'pt-PT', 'pt-BR']) assert.equal(matchLocale(tag), 'pt');
    // European Portuguese groups thousands with a space; Brazilian Portuguese writes 10.000.
    assert.equal(formatFigure({ value: 10000 }, 'pt').replace(/\s/g, ' '), '10 000');
    assert.equal(formatFigure({ value: 4500, unit: 'kilometer' }, 'pt'), '4500 quilómetros');
    assert.equal(new Intl.PluralRules(intlTag('pt')).select(0), 'other');
  });
});
