/**
 * The English text a stale translation was made from, recovered from git history: the newest
 * commit of the source file whose source hash equals the translation's `translation.from`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseFrontMatter } from './frontmatter.ts';
import { sourceHash } from './library.ts';
import { SCHEMAS, type Collection } from './schema.ts';
import { textFields, fieldName, valueAt } from './checks/fields.ts';

const run = promisify(execFile);

export type OldSource = { commit: string; data: Record<string, unknown>; body: string };

export async function gitAvailable(root: string): Promise<boolean> {
  try {
    await run('git', ['-C', root, 'rev-parse', '--is-inside-work-tree']);
    return true;
  } catch {
    return false;
  }
}

/** The source file's text at the commit whose hash is `from`, or undefined when no commit has it. */
export async function sourceAt(root: string, file: string, collection: Collection, from: string): Promise<OldSource | undefined> {
  let commits: string[];
  try {
    const { stdout } = await run('git', ['-C', root, 'log', '--format=%H', '--follow', '--', file], { maxBuffer: 1 << 24 });
    commits = stdout.split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  let gitPath = file;
  for (const commit of commits) {
    let raw: string;
    try {
      raw = (await run('git', ['-C', root, 'show', `${commit}:${gitPath}`], { maxBuffer: 1 << 24 })).stdout;
    } catch {
      // Renamed before this commit: find its old name.
      try {
        const { stdout } = await run('git', ['-C', root, 'log', '-1', '--format=', '--name-only', '--follow', commit, '--', file]);
        gitPath = stdout.trim().split('\n')[0] || gitPath;
        raw = (await run('git', ['-C', root, 'show', `${commit}:${gitPath}`])).stdout;
      } catch {
        continue;
      }
    }
    try {
      const parsed = parseFrontMatter(file, raw);
      const result = SCHEMAS[collection].source.safeParse(parsed.data);
      const data = (result.success ? result.data : parsed.data) as Record<string, unknown>;
      const body = parsed.body.trim();
      if (sourceHash(collection, data, body) === from) return { commit, data, body };
    } catch {
      continue;
    }
  }
  return undefined;
}

const sentences = (text: string) => text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+/).filter(Boolean);

/** Sentences removed (`-`) and added (`+`), in order: a longest-common-subsequence diff. */
function diffSentences(before: string[], after: string[]): string[] {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) (i++, j++);
    // On a tie the removal first, as diffs read: what was there, then what replaced it.
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`- ${before[i++]}`);
    else out.push(`+ ${after[j++]}`);
  }
  return out;
}

/** A short diff of the translatable English text: per field, then the body by sentence. */
export function sourceDiff(collection: Collection, old: { data: Record<string, unknown>; body: string }, now: { data: Record<string, unknown>; body: string }): string[] {
  const out: string[] = [];
  const paths = new Map<string, (string | number)[]>();
  for (const f of [...textFields(collection, old.data), ...textFields(collection, now.data)]) paths.set(fieldName(f.path), f.path);
  for (const [name, path] of paths) {
    const before = valueAt(old.data, path);
    const after = valueAt(now.data, path);
    if (before === after) continue;
    if (typeof before === 'string') out.push(`${name}: - ${before}`);
    if (typeof after === 'string') out.push(`${name}: + ${after}`);
  }
  if (old.body !== now.body) for (const line of diffSentences(sentences(old.body), sentences(now.body))) out.push(`body: ${line}`);
  return out;
}
