/**
 * A synthetic library for measuring the build: the real `content/` with every card copied
 * `factor - 1` times in every locale that has it (translations included, so the copies are as
 * translated as the originals), under new slugs. Written to a fresh temp folder; the caller
 * removes it.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function syntheticLibrary(projectRoot: string, factor: number): Promise<{ root: string; cards: number }> {
  const root = await mkdtemp(path.join(os.tmpdir(), `ore-bench-${factor}x-`));
  await cp(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  let cards = 0;
  for (const locale of await readdir(path.join(root, 'content'))) {
    const dir = path.join(root, 'content', locale, 'cards');
    let files: string[];
    try {
      files = (await readdir(dir)).filter((f) => f.endsWith('.md'));
    } catch {
      continue;
    }
    if (locale === 'en') cards = files.length * factor;
    const writes: Promise<void>[] = [];
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      for (let copy = 1; copy < factor; copy++) writes.push(writeFile(path.join(dir, file.replace(/\.md$/, `-copy-${copy}.md`)), text));
    }
    await Promise.all(writes);
  }
  return { root, cards };
}
