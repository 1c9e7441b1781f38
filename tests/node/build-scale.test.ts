/**
 * How the compiler scales (issue: a build that scales): a build on every core makes exactly
 * what one thread makes, a broken file still fails it once, and the dev server's recompile
 * parses only the files that changed.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compile } from '../../src/compiler/compile.ts';
import { compileParallel } from '../../src/compiler/parallel.ts';
import type { ParseCache } from '../../src/compiler/library.ts';
import { copyLibrary, projectRoot } from './helpers/library.ts';

describe('a build on every core', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('writes the same files, byte for byte, as a compile in one thread', async () => {
    const [single, shared] = await Promise.all([compile(root, { localesRoot: projectRoot }), compileParallel(root, { localesRoot: projectRoot, workers: 3 })]);
    assert.equal(single.errors.length, 0, single.errors.join('\n'));
    assert.deepEqual([...shared.files.keys()].sort(), [...single.files.keys()].sort());
    const differing = [...single.files].filter(([file, body]) => shared.files.get(file) !== body).map(([file]) => file);
    assert.deepEqual(differing, [], 'files that differ');
    assert.ok(single.files.has('content/i18n-status.json'));
  });

  it('fails on a broken file with the errors of one compile, each once, writing nothing', async () => {
    const file = path.join(root, 'content/en/cards/world-e-waste-2022.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^title: .*\n/m, ''));
    try {
      const [single, shared] = await Promise.all([compile(root, { localesRoot: projectRoot }), compileParallel(root, { localesRoot: projectRoot, workers: 2 })]);
      const lines = shared.errors.map(String);
      assert.ok(lines.includes('content/en/cards/world-e-waste-2022.md:2 title: is required'), lines.join('\n'));
      assert.equal(new Set(lines).size, lines.length, 'each error once');
      assert.deepEqual(lines.sort(), single.errors.map(String).sort());
      assert.equal(shared.files.size, 0);
    } finally {
      await writeFile(file, text);
    }
  });
});

describe('recompiling in the dev server', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('parses only the file that changed, and its problems stay reported until fixed', async () => {
    const cache: ParseCache = new Map();
    const first = await compile(root, { localesRoot: projectRoot, cache });
    assert.ok(first.library.parsed > 10, `${first.library.parsed} files parsed at start`);
    const again = await compile(root, { localesRoot: projectRoot, cache });
    assert.equal(again.library.parsed, 0);
    assert.equal(again.files.size, first.files.size);

    const file = path.join(root, 'content/en/cards/world-e-waste-2022.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace("title: The world's e-waste", 'title: The e-waste of the world'));
    const edited = await compile(root, { localesRoot: projectRoot, cache });
    assert.equal(edited.library.parsed, 1);
    assert.equal(JSON.parse(edited.files.get('content/en/cards/world-e-waste-2022.json')!).title, 'The e-waste of the world');

    await writeFile(file, text.replace(/^title: .*\n/m, ''));
    for (let run = 0; run < 2; run++) {
      const broken = await compile(root, { localesRoot: projectRoot, cache });
      assert.ok(broken.errors.map(String).includes('content/en/cards/world-e-waste-2022.md:2 title: is required'), `compile ${run + 1}`);
      assert.equal(broken.files.size, 0);
    }
  });
});
