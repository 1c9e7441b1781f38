/** The production build ships the translation status report a status page can be drawn from. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { I18nStatus } from '../../src/compiler/status.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../../src/shared/locales.ts';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');

describe('dist/content/i18n-status.json', () => {
  it('reports every translated locale with items and words per collection', async () => {
    const report = JSON.parse(await readFile(path.join(dist, 'content', 'i18n-status.json'), 'utf8')) as I18nStatus;
    assert.equal(report.source, SOURCE_LOCALE);
    assert.deepEqual(report.locales.map((l) => l.code), LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE));
    for (const locale of report.locales) {
      assert.ok(locale.content.total.items > 0 && locale.content.total.words > locale.content.total.items, locale.code);
      assert.equal(locale.collections.cards.items.length, locale.collections.cards.total.items);
    }
  });
});
