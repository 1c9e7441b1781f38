/** Shared helpers for tests that break a private copy of the fixture library. */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compile } from '../../../src/compiler/compile.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const fixture = path.join(projectRoot, 'tests', 'fixtures', 'library');

/** A private copy of the fixture library (with the real UI strings) that a test may break. */
export async function copyLibrary(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ore-kit-'));
  await cp(path.join(fixture, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectRoot, 'locales'), path.join(dir, 'locales'), { recursive: true });
  return dir;
}

export async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const absolute = path.join(root, file);
  await writeFile(absolute, change(await readFile(absolute, 'utf8')));
}

/** Edits a JSON file of the copy through a function on its parsed value. */
export async function editJson(root: string, file: string, change: (json: any) => void): Promise<void> {
  const absolute = path.join(root, file);
  const json = JSON.parse(await readFile(absolute, 'utf8'));
  change(json);
  await writeFile(absolute, JSON.stringify(json, null, 2) + '\n');
}

/** Runs `change` then `check` on the copy, then restores every file listed (removing those that did not exist). */
export async function withChanges(root: string, files: string[], change: () => Promise<void>, check: () => Promise<void>): Promise<void> {
  const originals = await Promise.all(files.map((f) => readFile(path.join(root, f), 'utf8').catch(() => undefined)));
  try {
    await change();
    await check();
  } finally {
    await Promise.all(
      files.map(async (f, i) => {
        const original = originals[i];
        if (original === undefined) await rm(path.join(root, f), { force: true });
        else await writeFile(path.join(root, f), original);
      }),
    );
  }
}

/** Compiles `root` and returns its error and warning lines (`file:line field: message`). */
export async function problemsOf(root: string): Promise<{ errors: string[]; warnings: string[] }> {
  const result = await compile(root);
  return { errors: result.errors.map(String), warnings: result.warnings.map(String) };
}

export function assertLine(lines: string[], expected: RegExp): void {
  assert.ok(lines.some((e) => expected.test(e)), `expected a line matching ${expected}, got:\n${lines.join('\n') || '(none)'}`);
}

export function assertNoLine(lines: string[], unexpected: RegExp): void {
  const hit = lines.filter((e) => unexpected.test(e));
  assert.deepEqual(hit, [], `expected no line matching ${unexpected}`);
}
