/** `npm run check` on content translations: glossary links, numbers and length limits. */
import { describe, it, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import { loadLibrary } from '../../src/compiler/library.ts';
import { copyLibrary, edit, withChanges, problemsOf, assertLine, assertNoLine } from './helpers/library.ts';

const DE_CARD = 'content/de/cards/world-e-waste-2022.md';
const EN_CARD = 'content/en/cards/world-e-waste-2022.md';

describe('content translation checks', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('the fixture translations pass', async () => {
    assertNoLine((await problemsOf(root)).errors, /^content\/de\//);
  });

  it('a glossary link left out of a translated body is an error naming file, line and the link', async () => {
    await withChanges(root, [DE_CARD], () => edit(root, DE_CARD, (s) => s.replace('[[e-waste]]', 'Elektroschrott')), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md:\d+ body: leaves out the glossary link \[\[e-waste\]\]/);
    });
  });

  it('a glossary link the English body does not have is an error', async () => {
    await withChanges(root, [DE_CARD], () => edit(root, DE_CARD, (s) => s.replace('Tonnen [[e-waste]]', 'Tonnen [[e-waste]] aus [[ore|Erz]]')), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md:13 body: links \[\[ore\]\], which the English text does not/);
    });
  });

  it('a number of the English text missing from the translation is an error', async () => {
    await withChanges(root, [DE_CARD], () => edit(root, DE_CARD, (s) => s.replace('2022 warfen die Menschen 62', '2022 warfen die Menschen 63')), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md:13 body: does not have the number 62 of the English text/);
    });
    await withChanges(root, [DE_CARD], () => edit(root, DE_CARD, (s) => s.replace('label: des Elektroschrotts wurden 2022', 'label: des Elektroschrotts wurden')), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md:5 figure\.label: does not have the number 2022/);
    });
  });

  /** Adds "about 10,000 tonnes" to the English card and `written` to its German translation, kept current. */
  async function addNumber(written: string) {
    await edit(root, EN_CARD, (s) => s.replace('properly.', 'properly, about 10,000 tonnes.'));
    const hash = (await loadLibrary(root)).hashes.get('cards/world-e-waste-2022')!;
    await edit(root, DE_CARD, (s) => s.replace('recycelt]].', `recycelt]], etwa ${written} Tonnen.`).replace(/from: \w+/, `from: "${hash}"`));
  }

  for (const written of ['10 000', '10\u00a0000', '10\u202f000', '10.000', '10000', '10,000']) {
    it(`accepts ${JSON.stringify(written)} for 10,000 and "22,3" for 22.3`, async () => {
      await withChanges(root, [DE_CARD, EN_CARD], () => addNumber(written), async () => {
        assertNoLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md/);
      });
    });
  }

  it('but not another number for 10,000', async () => {
    await withChanges(root, [DE_CARD, EN_CARD], () => addNumber('11 000'), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md:13 body: does not have the number 10000/);
    });
  });

  it('a stale translation is reported by i18n:status, not by check, when the English text gains a number', async () => {
    await withChanges(root, [EN_CARD], () => edit(root, EN_CARD, (s) => s.replace('properly.', 'properly, about 10,000 tonnes.')), async () => {
      assertNoLine((await problemsOf(root)).errors, /^content\/de\/cards\/world-e-waste-2022\.md/);
    });
  });

  it('a title over its limit is an error in every locale', async () => {
    const file = 'content/de/topics/circular-economy.md';
    await withChanges(root, [file], () => edit(root, file, (s) => s.replace('title: Kreislaufwirtschaft', `title: ${'Kreislaufwirtschaft '.repeat(4)}`)), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/topics\/circular-economy\.md:2 title: must be at most 60 characters \(it has 79\)/);
    });
  });

  it('a quiz choice over its limit in the source is an error too', async () => {
    const file = 'content/en/quizzes/circular-economy.md';
    await withChanges(root, [file], () => edit(root, file, (s) => s.replace('Keep it in a drawer', 'Keep it in a drawer '.repeat(7).trim())), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/en\/quizzes\/circular-economy\.md:11 questions\[1\]\.choices\[0\]: must be at most 120 characters/);
    });
  });
});
