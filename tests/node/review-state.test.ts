/** Review state of content translations: `translation.status` machine | reviewed, and who reviewed. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { loadLibrary } from '../../src/compiler/library.ts';
import { copyLibrary, edit, withChanges, problemsOf, assertLine, assertNoLine } from './helpers/library.ts';

const FILE = 'content/de/glossary/ore.md';

describe('review state', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('a reviewed translation names its reviewer, and the library keeps the name', async () => {
    assertNoLine((await problemsOf(root)).errors, /reviewed-by/);
    const library = await loadLibrary(root);
    const ore = library.translations.get('de')!.glossary.get('ore')!;
    assert.equal(ore.status, 'reviewed');
    assert.equal(ore.reviewedBy, 'Fixture Reviewer');
  });

  it('status reviewed without reviewed-by is an error naming the file and line', async () => {
    await withChanges(root, [FILE], () => edit(root, FILE, (s) => s.replace(/\n  reviewed-by: .*/, '')), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/glossary\/ore\.md:\d+ translation\.reviewed-by: is required when status is reviewed/);
    });
  });

  it('a machine translation may not name a reviewer', async () => {
    await withChanges(root, [FILE], () => edit(root, FILE, (s) => s.replace('status: reviewed', 'status: machine')), async () => {
      assertLine((await problemsOf(root)).errors, /^content\/de\/glossary\/ore\.md:\d+ translation\.reviewed-by: only a reviewed translation names a reviewer/);
    });
  });

  it('reviewed-by does not change the source hash a translation is checked against', async () => {
    const library = await loadLibrary(root);
    const ore = library.translations.get('de')!.glossary.get('ore')!;
    assert.equal(ore.from, library.hashes.get('glossary/ore'));
  });
});
