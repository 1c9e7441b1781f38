/** Writes compiled files (path relative to `dir` → text) to disk: folders first, then files, a bounded number at a time. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const AT_ONCE = 64;

export async function writeFiles(dir: string, files: Map<string, string>): Promise<void> {
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(dir, file))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const queue = [...files];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(path.join(dir, next[0]), next[1]);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}
