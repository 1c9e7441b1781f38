/** `npm run i18n:status` and the status report the build writes for a status page. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compile, STATUS_FILE } from '../../src/compiler/compile.ts';
import { loadLibrary } from '../../src/compiler/library.ts';
import { loadUiStrings } from '../../src/compiler/ui-strings.ts';
import { computeStatus, type I18nStatus, type LocaleStatus } from '../../src/compiler/status.ts';
import { stampUi, loadUiMeta, writeUiMeta } from '../../src/compiler/ui-meta.ts';
import { projectRoot, copyLibrary, edit, editJson, withChanges } from './helpers/library.ts';

const run = promisify(execFile);

async function statusOf(root: string, locales = ['de']): Promise<LocaleStatus[]> {
  const [library, ui] = await Promise.all([loadLibrary(root), loadUiStrings(root)]);
  const uiMeta = new Map(await Promise.all(locales.map(async (l) => [l, await loadUiMeta(root, l)] as const)));
  return computeStatus({ library, ui, uiMeta, locales }).locales;
}

/** Runs the CLI on `root`; resolves with its exit code and output, whatever the code. */
async function cli(root: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run('npx', ['tsx', 'src/cli/i18n-status.ts', ...args], { cwd: projectRoot, env: { ...process.env, ORE_ROOT: root } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('i18n status', () => {
  let root: string;
  before(async () => {
    root = await copyLibrary();
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('counts items and words per collection: reviewed, machine, stale and missing, each item with its hash', async () => {
    const [de] = await statusOf(root);
    const cards = de.collections.cards;
    assert.deepEqual(
      cards.items.map((i) => [i.slug, i.state]),
      [['cobalt-in-phone-batteries', 'missing'], ['recycling-phones', 'stale'], ['world-e-waste-2022', 'reviewed']],
    );
    assert.equal(cards.total.items, 3);
    assert.equal(cards.reviewed.items, 1);
    assert.equal(cards.stale.items, 1);
    assert.equal(cards.missing.items, 1);
    assert.ok(cards.reviewed.words > 20, `words of the reviewed card: ${cards.reviewed.words}`);
    assert.equal(cards.total.words, cards.reviewed.words + cards.machine.words + cards.stale.words + cards.missing.words);
    const stale = cards.items.find((i) => i.state === 'stale')!;
    assert.equal(stale.from, 'aaaaaaaaaaaa');
    assert.match(stale.hash, /^[0-9a-f]{12}$/);
    assert.equal(cards.items.find((i) => i.state === 'reviewed')!.reviewedBy, 'Fixture Reviewer');
    assert.equal(de.complete, false);
    assert.equal(de.progress, 'partial');
  });

  it('lists untranslated glossary terms that translated cards link to', async () => {
    const file = 'content/de/cards/cobalt-in-phone-batteries.md';
    await withChanges(
      root,
      [file],
      () => writeFile(path.join(root, file), '---\ntitle: Kobalt in Batterien\nsummary: Viele Akkus enthalten Kobalt.\ntranslation:\n  from: "aaaaaaaaaaaa"\n  status: machine\n---\nViele Akkus enthalten [[cobalt|Kobalt]].\n'),
      async () => {
        const [de] = await statusOf(root);
        assert.deepEqual(de.linkedTerms.map((t) => [t.slug, t.file, t.cards]), [['cobalt', 'content/de/glossary/cobalt.md', ['cobalt-in-phone-batteries']]]);
      },
    );
  });

  it('UI strings: a key is stale once its English text changes after the stamp, and current again once re-translated', async () => {
    const stamp = async () => {
      const ui = await loadUiStrings(root);
      const { meta } = stampUi(await loadUiMeta(root, 'de'), ui.strings.get('en')!, ui.strings.get('de')!);
      await writeUiMeta(root, 'de', meta);
    };
    const files = ['locales/en/ui.json', 'locales/de/ui.json', 'locales/de/ui.meta.json'];
    await withChanges(root, files, stamp, async () => {
      const key = async () => (await statusOf(root))[0].ui.keys.find((k) => k.key === 'card.sources')!.state;
      assert.equal(await key(), 'current');
      await editJson(root, 'locales/en/ui.json', (j) => (j.card.sources = 'Where this comes from'));
      assert.equal(await key(), 'stale');
      assert.equal((await statusOf(root))[0].ui.stale, 1);
      await editJson(root, 'locales/de/ui.json', (j) => (j.card.sources = 'Woher das stammt'));
      await stamp();
      assert.equal(await key(), 'current');
    });
  });

  it('i18n:stamp records new translations, keeps old stamps, and --accept clears a stale key whose translation is still right', async () => {
    const stampCli = (...args: string[]) => run('npx', ['tsx', 'src/cli/i18n-stamp.ts', ...args], { cwd: projectRoot, env: { ...process.env, ORE_ROOT: root } });
    const files = ['locales/en/ui.json', 'locales/de/ui.json', 'locales/de/ui.meta.json'];
    await withChanges(root, files, async () => {}, async () => {
      await rm(path.join(root, 'locales/de/ui.meta.json'), { force: true });
      assert.equal((await statusOf(root))[0].ui.unstamped, (await statusOf(root))[0].ui.total, 'nothing stamped yet');
      const first = await stampCli('de');
      assert.match(first.stdout, /locales\/de\/ui\.meta\.json: stamped \d+ key\(s\)/);
      assert.equal((await statusOf(root))[0].ui.unstamped, 0);
      assert.match((await stampCli('de')).stdout, /locales\/de\/ui\.meta\.json: up to date/);
      await editJson(root, 'locales/en/ui.json', (j) => (j.quiz.check = 'Check your answer'));
      await stampCli('de');
      assert.equal((await statusOf(root))[0].ui.keys.find((k) => k.key === 'quiz.check')!.state, 'stale', 'an unchanged translation keeps its old stamp');
      await stampCli('de', '--accept', 'quiz.check');
      assert.equal((await statusOf(root))[0].ui.keys.find((k) => k.key === 'quiz.check')!.state, 'current');
    });
  });

  it('the CLI prints one missing item per line with its hash, --json for tools, and --strict fails on an incomplete locale', async () => {
    const plain = await cli(root, 'de');
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /^ {4}content\/de\/cards\/cobalt-in-phone-batteries\.md {2}from: "[0-9a-f]{12}" {2}\(\d+ words\)$/m);
    assert.match(plain.stdout, /^ {4}content\/de\/cards\/recycling-phones\.md {2}from: "aaaaaaaaaaaa" → from: "[0-9a-f]{12}"/m);
    assert.match(plain.stdout, /git is not available here/);
    assert.match(plain.stdout, /^ {2}cards +1 · \d+w +0 · 0w +1 · \d+w +1 · \d+w +3 · \d+w$/m);

    const json = await cli(root, 'de', '--json');
    const report = JSON.parse(json.stdout) as I18nStatus;
    assert.equal(report.locales[0].code, 'de');
    assert.equal(report.locales[0].collections.cards.missing.items, 1);

    const strict = await cli(root, 'de', '--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /--strict: de is incomplete or stale/);
  });

  it('shows what changed in the English text since a stale translation was made, from git history', async () => {
    const git = (...args: string[]) => run('git', ['-C', root, ...args]);
    await git('init', '-q');
    await git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
    await git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'fixture');
    try {
      await edit(root, 'content/en/cards/world-e-waste-2022.md', (s) => s.replace('Only 22.3% of it', 'Just 22.3% of it'));
      const { stdout } = await cli(root, 'de');
      assert.match(stdout, /content\/de\/cards\/world-e-waste-2022\.md {2}from: "af5e7955e90a" → from: "[0-9a-f]{12}" {2}\(reviewed\)/);
      assert.match(stdout, /body: - Only 22\.3% of it was documented/);
      assert.match(stdout, /body: \+ Just 22\.3% of it was documented/);
      // As every diff reads: what was there, then what replaced it.
      assert.ok(stdout.indexOf('body: - Only 22.3%') < stdout.indexOf('body: + Just 22.3%'), 'the removed sentence comes before the one that replaced it');
    } finally {
      await git('checkout', '-q', '--', '.');
      await rm(path.join(root, '.git'), { recursive: true, force: true });
    }
  });

  it('the build writes the same report for a status page', async () => {
    const result = await compile(root);
    const report = JSON.parse(result.files.get(STATUS_FILE) ?? assert.fail(`no ${STATUS_FILE}`)) as I18nStatus;
    assert.equal(report.source, 'en');
    assert.ok(report.locales.some((l) => l.code === 'de' && l.collections.cards.total.items === 3));
  });
});

