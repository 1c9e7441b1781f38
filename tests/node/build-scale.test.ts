/**
 * How the compiler scales (issue: a build that scales): a build on every core makes exactly
 * what one thread makes, a broken file still fails it once, the dev server's recompile
 * parses only the files that changed, and the files a build writes on its own thread are the
 * compiled ones, removed again when the build fails.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { CATALOG_FOLDERS } from '../../src/shared/catalog.ts';
import type { Plugin } from 'vite';
import path from 'node:path';
import { compile } from '../../src/compiler/compile.ts';
import { compileParallel } from '../../src/compiler/parallel.ts';
import type { ParseCache } from '../../src/compiler/library.ts';
import { copyLibrary, edit, projectRoot } from './helpers/library.ts';

describe('a build on every core', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('writes the same files, byte for byte, as a compile in one thread', async () => {
    // As a build runs it: each file handed on as it is made (to the thread that writes them).
    const emitted = new Map<string, string>();
    const emit = (file: string, body: string) => void emitted.set(file, body);
    const [single, shared] = await Promise.all([compile(root, { localesRoot: projectRoot }), compileParallel(root, { localesRoot: projectRoot, workers: 3, emit })]);
    assert.equal(single.errors.length, 0, single.errors.join('\n'));
    assert.equal(shared.files.size, 0, 'emitted files are not kept as well');
    assert.deepEqual([...emitted.keys()].sort(), [...single.files.keys()].sort());
    const differing = [...single.files].filter(([file, body]) => emitted.get(file) !== body).map(([file]) => file);
    assert.deepEqual(differing, [], 'files that differ');
    assert.ok(single.files.has('content/i18n-status.json'));
    // What a rebuild keeps and prunes: every folder the compiler writes into is a catalog folder.
    const outside = [...single.files.keys()].filter((file) => file.includes('/') && !CATALOG_FOLDERS.some((folder) => file.startsWith(`${folder}/`)));
    assert.deepEqual(outside, [], 'files in folders that CATALOG_FOLDERS does not name');
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

describe('a build writes its content files beside the compile', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
    await writeFile(path.join(root, 'entry.js'), 'export {};\n');
  });
  after(() => rm(root, { recursive: true, force: true }));

  /**
   * `vite build` of the copy with the content plugin. With `compiledFirst`, Vite's output stage
   * waits for the whole compile, so that every file is on its way to disk before the build
   * learns how the compile went. `before` run their hooks just before the content plugin's.
   */
  const build = async (outDir: string, { compiledFirst = false, before = [] as Plugin[] } = {}) => {
    const { build: viteBuild } = await import('vite');
    const { oreContent } = await import('../../src/compiler/vite-plugin.ts');
    let compiled: Promise<unknown> = Promise.resolve();
    const counted = (library: string, options: Parameters<typeof compile>[1]) => (compiled = compile(library, options));
    return viteBuild({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [
        { name: 'wait-for-the-compile', renderStart: { order: 'pre', handler: () => (compiledFirst ? compiled.then(() => undefined) : undefined) } },
        ...before,
        oreContent({ localesRoot: projectRoot, compile: counted }),
      ],
      build: { outDir, emptyOutDir: true, rolldownOptions: { input: path.join(root, 'entry.js') } },
    });
  };
  const filesUnder = async (dir: string) => {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  };

  it('writes every compiled file, byte for byte, and nothing left from the build before', async () => {
    const outDir = path.join(root, 'dist');
    await mkdir(path.join(outDir, 'content/en/cards'), { recursive: true });
    await writeFile(path.join(outDir, 'content/en/cards/removed-card.json'), '{}');
    await build(outDir);
    const expected = (await compile(root, { localesRoot: projectRoot })).files;
    const written = new Set(await filesUnder(outDir));
    const missing = [...expected.keys()].filter((file) => !written.has(file));
    assert.deepEqual(missing, [], 'compiled files not written');
    assert.ok(!written.has('content/en/cards/removed-card.json'), 'a file of the build before is gone');
    const differing = [];
    for (const [file, body] of expected) if ((await readFile(path.join(outDir, file), 'utf8')) !== body) differing.push(file);
    assert.deepEqual(differing, [], 'files that differ');
  });

  it('a rebuild writes only what changed, removes what is gone, and keeps the rest as it was', async () => {
    const outDir = path.join(root, 'dist-again');
    await build(outDir);
    const unchanged = path.join(outDir, 'content/en/cards/recycling-phones.json');
    const changed = path.join(outDir, 'content/en/cards/world-e-waste-2022.json');
    const [before, changedBefore] = await Promise.all([stat(unchanged), stat(changed)]);
    const card = 'content/en/cards/world-e-waste-2022.md';
    const gone = 'content/de/cards/recycling-phones.md';
    const [cardText, goneText] = await Promise.all([readFile(path.join(root, card), 'utf8'), readFile(path.join(root, gone), 'utf8')]);
    await edit(root, card, (s) => s.replace("title: The world's e-waste", 'title: The e-waste of the world'));
    await rm(path.join(root, gone));
    try {
      await build(outDir);
      const expected = (await compile(root, { localesRoot: projectRoot })).files;
      assert.deepEqual((await filesUnder(outDir)).filter((f) => expected.has(f) || CATALOG_FOLDERS.some((c) => f.startsWith(`${c}/`))).sort(), [...expected.keys()].sort());
      const [after, changedAfter] = await Promise.all([stat(unchanged), stat(changed)]);
      assert.equal(after.ino, before.ino, 'the unchanged card is the same file');
      assert.equal(after.mtimeMs, before.mtimeMs, 'and was not written again');
      assert.notEqual(changedAfter.mtimeMs, changedBefore.mtimeMs, 'the changed card was written');
      assert.equal(JSON.parse(await readFile(changed, 'utf8')).title, 'The e-waste of the world');
      await assert.rejects(access(path.join(outDir, 'content/de/cards/recycling-phones.json')), 'the removed translation is gone');
      await assert.rejects(access(path.join(root, '.dist-again-ore-kit-last-build')), 'nothing is left beside the output folder');
    } finally {
      await Promise.all([writeFile(path.join(root, card), cardText), writeFile(path.join(root, gone), goneText)]);
    }
  });

  it('a rebuild that fails in the bundler leaves the last build as it was', async () => {
    const outDir = path.join(root, 'dist-kept');
    await build(outDir);
    const files = await filesUnder(outDir);
    await writeFile(path.join(root, 'entry.js'), 'export {;\n');
    try {
      await assert.rejects(build(outDir));
      assert.deepEqual(await filesUnder(outDir), files);
      await assert.rejects(access(path.join(root, '.dist-kept-ore-kit-last-build')), 'nothing is left beside the output folder');
    } finally {
      await writeFile(path.join(root, 'entry.js'), 'export {};\n');
    }
  });

  it('removes what it wrote when a translation error is found after the catalogs were made', async () => {
    // Translations are checked beside the catalogs, so their files are already on their way to disk.
    const outDir = path.join(root, 'dist-broken');
    const file = 'content/de/cards/world-e-waste-2022.md';
    const text = await readFile(path.join(root, file), 'utf8');
    await edit(root, file, (s) => s.replace('62 Millionen Tonnen [[e-waste]]', '63 Millionen Tonnen [[e-waste]]'));
    try {
      await assert.rejects(build(outDir, { compiledFirst: true }), /world-e-waste-2022\.md:13 body: does not have the number 62/);
      assert.deepEqual(await filesUnder(outDir), [], 'files left behind');
      await assert.rejects(access(outDir), 'the output folder it made is gone too');
      // After a good build: its catalogs, moved aside and back, go as Vite's own files do.
      await writeFile(path.join(root, file), text);
      await build(outDir);
      await edit(root, file, (s) => s.replace('62 Millionen Tonnen [[e-waste]]', '63 Millionen Tonnen [[e-waste]]'));
      await assert.rejects(build(outDir, { compiledFirst: true }), /does not have the number 62/);
      assert.deepEqual(await filesUnder(outDir), [], 'files of the last build left behind');
    } finally {
      await writeFile(path.join(root, file), text);
    }
  });

  it('fails, saying so, when a content file cannot be written', async () => {
    const outDir = path.join(root, 'dist-blocked');
    // A file where the build needs a folder, put there after Vite emptied the output folder.
    const blocker: Plugin = { name: 'block', renderStart: () => mkdir(outDir, { recursive: true }).then(() => writeFile(path.join(outDir, 'content'), 'not a folder')) };
    await assert.rejects(build(outDir, { before: [blocker] }), /writing the content files failed: .*(ENOTDIR|EEXIST)/);
  });
});
