/** The pseudo-translation generator (src/compiler/pseudo.ts): marked text that still works wherever English does. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pseudoContent, pseudoString, pseudoStrings, pseudoValue } from '../../src/compiler/pseudo.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const placeholders = (text: string) => [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]);
const flatten = (value: unknown, prefix = ''): Record<string, string> =>
  typeof value === 'string'
    ? { [prefix]: value }
    : Object.assign({}, ...Object.entries(value as object).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));

describe('pseudo-translation, accented (en-XA)', () => {
  it('accents every letter, brackets the string and makes it about 40 % longer', () => {
    const text = pseudoString('Show more', 'accented');
    assert.match(text, /^\[Šĥöŵ ɱöŕé [^\]]+\]$/);
    assert.doesNotMatch(text, /[A-Za-z]/, 'no plain ASCII letter is left');
    const ratio = (text.length - 2) / 'Show more'.length;
    assert.ok(ratio >= 1.3 && ratio <= 1.6, `${text}: ${ratio.toFixed(2)}× as long`);
    const long = 'Sourced facts about minerals, mining and the circular economy, as widgets for any web page.';
    const longRatio = pseudoString(long, 'accented').length / long.length;
    assert.ok(longRatio >= 1.35 && longRatio <= 1.5, `${longRatio.toFixed(2)}× as long`);
  });

  it('keeps {{placeholders}} exactly, so interpolation still works', () => {
    const text = pseudoString('Question {{current}} of {{total}}', 'accented');
    assert.deepEqual(placeholders(text), ['{{current}}', '{{total}}']);
    assert.equal(text.replace('{{current}}', '2').replace('{{total}}', '5').startsWith('[Ǫûéšţîöñ 2 öƒ 5'), true, text);
  });

  it('leaves what no translation may change: URLs, parameter names, file names, the kit’s name, nesting', () => {
    const text = pseudoString('Add ore-kit-frame.js, or widget= with https://example.org/a?b=1 and $t(card.sources); ore-kit.', 'accented');
    for (const kept of ['ore-kit-frame.js', 'widget=', 'https://example.org/a?b=1', '$t(card.sources)', ' ore-kit.']) assert.ok(text.includes(kept), `${kept} in ${text}`);
    assert.ok(text.startsWith('[Åðð '), text);
  });

  it('leaves a string with nothing to translate as it is', () => {
    for (const text of ['{{title}} · ore-kit', '{{value}} %', '', '42']) assert.equal(pseudoString(text, 'accented'), text);
  });

  it('translates every English UI string, keeps every key (plural suffixes too) and every placeholder', async () => {
    const english = flatten(JSON.parse(await readFile(path.join(root, 'locales/en/ui.json'), 'utf8')));
    const pseudo = pseudoStrings(english, 'accented');
    assert.deepEqual(Object.keys(pseudo), Object.keys(english));
    assert.ok(Object.keys(pseudo).includes('quiz.score_one') && Object.keys(pseudo).includes('quiz.score_other'));
    for (const [key, text] of Object.entries(pseudo)) {
      assert.deepEqual(placeholders(text), placeholders(english[key]), key);
      // Apart from the kit's name, file and parameter names, no English word is left.
      const rest = text.replace(/\{\{[^}]*\}\}|ore-kit(-frame\.js)?|[\w-]+=|https?:\/\//g, '');
      assert.doesNotMatch(rest, /[A-Za-z]{2}/, `${key}: ${text}`);
    }
  });
});

describe('pseudo-translation, right-to-left (ar-XB)', () => {
  it('forces every word right to left and keeps placeholders and numbers outside', () => {
    const text = pseudoString('Card {{current}} of 12', 'bidi');
    assert.equal(text, '\u202ECard\u202C {{current}} \u202Eof\u202C 12');
  });

  it('in markdown, keeps the syntax, glossary slugs and link targets', () => {
    const body = 'About **62 million tonnes** of [[e-waste|electronic waste]] and [[cobalt]], see [the report](https://example.org/x).';
    const text = pseudoContent(body, 'bidi');
    assert.equal(text.replace(/[\u202E\u202C]/g, ''), body, 'only direction marks were added');
    for (const kept of ['**62 ', '[[e-waste|', '[[cobalt]]', '](https://example.org/x)']) assert.ok(text.includes(kept), `${kept} in ${text}`);
    assert.ok(text.includes('\u202Eelectronic\u202C \u202Ewaste\u202C]]'), text);
  });

  it('translates every string of a nested value and nothing else', () => {
    const value = pseudoValue({ title: 'Ore', figure: { label: 'a share', value: 3 }, choices: ['yes', 'no'] }, 'bidi');
    assert.deepEqual(value, { title: '\u202EOre\u202C', figure: { label: '\u202Ea\u202C \u202Eshare\u202C', value: 3 }, choices: ['\u202Eyes\u202C', '\u202Eno\u202C'] });
  });
});
