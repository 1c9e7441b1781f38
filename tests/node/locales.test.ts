import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALE_CODES, SOURCE_LOCALE, fallbackChain, matchLocale, directionOf } from '../../src/shared/locales.ts';

describe('locale matching', () => {
  it('ships the nine locales of SPEC.md with en as the source', () => {
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
