/** Inside a compile worker: compile one share of the locales and post the result (parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { compile, type CompileOptions } from './compile.ts';
import { send, type WorkerResult } from './parallel.ts';
import { enableDevLocales } from './dev-locales.ts';

const { root, options, devLocales } = workerData as { root: string; options: CompileOptions; devLocales: boolean };
if (devLocales) enableDevLocales();
const result = await compile(root, options);
parentPort!.postMessage({
  files: [...result.files],
  errors: result.errors.map(send),
  warnings: result.warnings.map(send),
  status: result.status,
  timings: result.timings,
} satisfies WorkerResult);
