/**
 * The content compiler on several cores: the locales are shared out among worker threads, each
 * compiles its share (compile.ts, `locales` option) and sends its files back; the results are
 * merged as if one compile had made them (tests/node/build-scale.test.ts).
 *
 * Used only where it helps. Measured on 2 cores with 1,000 cards in nine locales: one thread
 * 8.1 s, two workers 10.9 s. V8's garbage collector already runs on the second core beside a
 * single compile (12 s of CPU in 8 s), so two workers only add their start-up (0.7 s each), the
 * source locale read twice and 130 MB copied back. So workers start from 4 cores, and only for
 * a library of `PARALLEL_FROM` files or more; `ORE_COMPILE_WORKERS` sets the count by hand.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compile, dedupe, STATUS_FILE, type CompileOptions, type CompileResult } from './compile.ts';
import { ContentError } from './errors.ts';
import type { I18nStatus } from '../shared/i18n-status.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../shared/locales.ts';
import { countMarkdownFiles } from './library.ts';
import { activeDevLocales } from './dev-locales.ts';

/** What a build needs of a compile; the parsed library stays in the thread that parsed it. */
export type BuildResult = Pick<CompileResult, 'files' | 'errors' | 'warnings' | 'timings'>;

/** A compile's result as a worker posts it: plain data, errors as their fields. */
export interface WorkerResult {
  files: [string, string][];
  errors: SentError[];
  warnings: SentError[];
  status?: I18nStatus;
  timings: CompileResult['timings'];
}
type SentError = { file: string; message: string; line?: number; field?: string };

export const send = (e: ContentError): SentError => ({ file: e.file, message: e.message, line: e.line, field: e.field });
const receive = (e: SentError) => new ContentError(e.file, e.message, e.line, e.field);

/** Markdown files from which spreading the work over threads can pay for starting them. */
export const PARALLEL_FROM = 3000;

/** Cores from which a compile is shared out (see above: on 2, one thread is faster). */
export const PARALLEL_CORES = 4;

export interface ParallelOptions extends CompileOptions {
  /** Threads to use; default: one per core, at most the number of locales. */
  workers?: number;
}

/** Compiles the library under `root` in worker threads where that is faster, else in this thread. */
export async function compileParallel(root: string, options: ParallelOptions = {}): Promise<BuildResult> {
  const asked = options.workers ?? (Number(process.env.ORE_COMPILE_WORKERS) || undefined);
  const cores = availableParallelism();
  const count = Math.min(asked ?? (cores >= PARALLEL_CORES ? cores : 1), LOCALE_CODES.length);
  if (count < 2 || (asked === undefined && (await countMarkdownFiles(root)) < PARALLEL_FROM)) return compile(root, options);
  const shares = Array.from({ length: count }, (_, i) => LOCALE_CODES.filter((_, j) => j % count === i));
  // A function cannot cross into a thread: the merged files are emitted here instead.
  const { workers: _, emit, ...compileOptions } = options;
  // A worker starts with the configured locales only: it adds the development ones when this thread has them.
  const devLocales = activeDevLocales().length > 0;
  const results = await Promise.all(shares.map((locales) => inWorker(root, { ...compileOptions, locales }, devLocales)));
  const merged = merge(results);
  if (emit) {
    for (const [file, body] of merged.files) emit(file, body);
    merged.files.clear();
  }
  return merged;
}

function inWorker(root: string, options: CompileOptions, devLocales: boolean): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.mjs', import.meta.url), { workerData: { root, options, devLocales } });
    worker.once('message', (result: WorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a content compile worker stopped with code ${code}`)));
  });
}

/** One result from every share's: files together, each error once, the status of every locale in order. */
export function merge(results: WorkerResult[]): BuildResult {
  const files = new Map<string, string>();
  for (const result of results) for (const [file, body] of result.files) files.set(file, body);
  const errors = dedupe(results.flatMap((r) => r.errors.map(receive)));
  const warnings = dedupe(results.flatMap((r) => r.warnings.map(receive)));
  const timings = { read: 0, checks: 0, catalogs: 0, status: 0 };
  for (const result of results) for (const phase of Object.keys(timings) as (keyof typeof timings)[]) timings[phase] = Math.max(timings[phase], result.timings[phase]);
  if (errors.length > 0) files.clear();
  else {
    const locales = results.flatMap((r) => r.status?.locales ?? []);
    const order = (code: string) => LOCALE_CODES.indexOf(code);
    files.set(STATUS_FILE, JSON.stringify({ source: SOURCE_LOCALE, locales: locales.sort((a, b) => order(a.code) - order(b.code)) } satisfies I18nStatus));
  }
  return { files, errors, warnings, timings };
}
