/** `npm run locale:add -- <code>` and the checks on locales/locales.json, on a temp copy of the repository. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { access, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, fixture } from './helpers/library.ts';

const run = promisify(execFile);

/** A copy of the repository's code and locales with the fixture library, where commands may write. */
async function copyRepository(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ore-kit-repo-'));
  for (const entry of ['src', 'locales', 'package.json', 'tsconfig.json', 'TRANSLATING.md']) await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  await cp(path.join(fixture, 'content'), path.join(dir, 'content'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

async function tsx(cwd: string, script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script, ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('TRANSLATING.md', () => {
  it('points to a style guide for every translated locale', async () => {
    const text = await readFile(path.join(projectRoot, 'TRANSLATING.md'), 'utf8');
    const section = text.slice(text.indexOf('## Style per language'));
    const config = JSON.parse(await readFile(path.join(projectRoot, 'locales/locales.json'), 'utf8')) as { source: string; locales: Record<string, unknown> };
    for (const code of Object.keys(config.locales).filter((c) => c !== config.source)) {
      assert.ok(section.includes(`[locales/${code}/style.md](locales/${code}/style.md)`), `TRANSLATING.md has no style line for ${code}`);
    }
  });
});

describe('locale:add and the locale list', () => {
  let repo: string;
  let config: () => Promise<{ source: string; locales: Record<string, { name: string; dir: string; fallback?: string[]; ui?: string }> }>;
  before(async () => {
    repo = await copyRepository();
    config = async () => JSON.parse(await readFile(path.join(repo, 'locales/locales.json'), 'utf8'));
  });
  after(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('adds a locale with its own name, direction and fallback, scaffolds its folders, and the library stays valid', async () => {
    const added = await tsx(repo, 'src/cli/locale-add.ts', 'sv-FI', '--fallback', 'sv');
    assert.equal(added.code, 0, added.stderr);
    const entry = (await config()).locales['sv-FI'];
    assert.deepEqual(entry, { name: 'Svenska (Finland)', dir: 'ltr', ui: 'machine', draft: true, fallback: ['sv'] });
    assert.equal(await readFile(path.join(repo, 'locales/sv-FI/ui.json'), 'utf8'), '{}\n');
    await access(path.join(repo, 'content/sv-FI/cards/.gitkeep'));
    await access(path.join(repo, 'locales/sv-FI/style.md'));
    assert.match(added.stdout, /Translate first:/);
    assert.match(added.stdout, /locales\/sv-FI\/ui\.json/);
    assert.match(await readFile(path.join(repo, 'TRANSLATING.md'), 'utf8'), /^- Svenska \(Finland\) \(`sv-FI`\): \[locales\/sv-FI\/style\.md\]/m);
    const check = await tsx(repo, 'src/cli/check.ts', repo);
    assert.equal(check.code, 0, check.stderr);
  });

  it('knows right-to-left scripts', async () => {
    const added = await tsx(repo, 'src/cli/locale-add.ts', 'ar');
    assert.equal(added.code, 0, added.stderr);
    const entry = (await config()).locales.ar;
    assert.equal(entry.dir, 'rtl');
    assert.equal(entry.name, 'العربية');
    assert.equal(entry.fallback, undefined);
  });

  it('refuses a locale that exists, a code that is not BCP 47 and an unknown fallback', async () => {
    const exists = await tsx(repo, 'src/cli/locale-add.ts', 'de');
    assert.equal(exists.code, 1);
    assert.match(exists.stderr, /"de" is already in locales\/locales\.json/);
    const invalid = await tsx(repo, 'src/cli/locale-add.ts', 'not_a-language!');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /"not_a-language!" is not a BCP 47 language code/);
    const fallback = await tsx(repo, 'src/cli/locale-add.ts', 'nl', '--fallback', 'xx');
    assert.equal(fallback.code, 1);
    assert.match(fallback.stderr, /--fallback "xx" is not a configured locale/);
    assert.equal((await config()).locales.nl, undefined, 'nothing was added');
  });

  it('check fails on an unknown fallback and on a fallback loop, naming locales.json, the line and the locale', async () => {
    const file = path.join(repo, 'locales/locales.json');
    const original = await readFile(file, 'utf8');
    try {
      const json = JSON.parse(original);
      json.locales.fi.fallback = ['sv'];
      json.locales.sv.fallback = ['fi'];
      json.locales.de.fallback = ['nl'];
      json.locales.pl.draft = 'yes';
      await writeFile(file, JSON.stringify(json, null, 2));
      const check = await tsx(repo, 'src/cli/check.ts', repo);
      assert.equal(check.code, 1);
      assert.match(check.stderr, /error: locales\/locales\.json:\d+ locales\.de\.fallback: "nl" is not a configured locale/);
      assert.match(check.stderr, /error: locales\/locales\.json:\d+ locales\.fi\.fallback: the fallback chain loops: fi → sv → fi/);
      assert.match(check.stderr, /error: locales\/locales\.json:\d+ locales\.pl\.draft: must be true or false/);
    } finally {
      await writeFile(file, original);
    }
  });
});
