/**
 * Writes a build's content files on a thread of their own while the compiler is still making
 * the rest (write-worker.mjs). Creating 19,000 small files costs seconds of kernel time on
 * some disks; done after the compile, it added those seconds to every build, done beside it
 * they overlap.
 *
 * Files are collected from the start of the build; they are written once `start(folder)` names
 * the output folder (after the bundler has emptied it). `finish()` resolves when every file is
 * on disk; `discard()` removes what was written, for a build that failed after all.
 *
 * A rebuild keeps what did not change. Deleting thousands of files and creating as many again
 * is the slowest thing a build can ask of some file systems (ext4 without a journal, as on this
 * project's build machine, will not reuse an inode freed minutes ago and searches past each
 * one). So the catalog folders of the last build are moved aside before the bundler empties
 * the output folder (`park`), moved back when writing starts, and only files whose text
 * changed are written; files the new build did not make are removed at the end.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CATALOG_FOLDERS } from '../shared/catalog.ts';

type Reply = { written: number; unchanged: number } | { discarded: number } | { error: string };

export interface WriterOptions {
  /** The output folder of the last build, whose catalog folders the bundler is about to empty. */
  park?: string;
}

/** Files per message: fewer messages, and still a steady flow to the thread. */
const BATCH = 200;

export class FileWriter {
  #worker = new Worker(new URL('./write-worker.mjs', import.meta.url));
  #batch: [string, string][] = [];
  #replies: ((reply: Reply) => void)[] = [];
  #crashed?: Error;
  #parked?: { from: string; to: string };
  #started = false;

  constructor(options: WriterOptions = {}) {
    if (options.park) this.#park(options.park);
    // The thread never keeps a process alive on its own: only a pending finish() or discard() does.
    this.#worker.unref();
    this.#worker.on('message', (reply: Reply) => this.#replies.shift()?.(reply));
    const crash = (error: Error) => {
      this.#crashed ??= error;
      for (const answer of this.#replies.splice(0)) answer({ error: this.#crashed.message });
    };
    this.#worker.on('error', crash);
    this.#worker.on('exit', (code) => crash(new Error(`the file-writing thread stopped (code ${code})`)));
  }

  /** Queues one file, `file` relative to the output folder. */
  readonly add = (file: string, body: string): void => {
    this.#batch.push([file, body]);
    if (this.#batch.length >= BATCH) this.#flush();
  };

  /** Names the output folder: what has arrived is written now, the rest as it comes. */
  start(folder: string): void {
    this.#flush();
    this.#started = true;
    this.#worker.postMessage({ start: folder, parked: this.#parked?.to });
  }

  /** Resolves once every file is on disk, with how many were written and how many were already so; rejects on the first write that failed. */
  async finish(): Promise<{ written: number; unchanged: number }> {
    this.#flush();
    const reply = await this.#ask({ finish: true });
    await this.#worker.terminate();
    if ('error' in reply) throw new Error(`writing the content files failed: ${reply.error}`);
    return 'written' in reply ? reply : { written: 0, unchanged: 0 };
  }

  /**
   * Removes every file written and every folder made or moved back for them, and stops the
   * thread. Before writing started, the last build's folders go back where they were.
   */
  async discard(): Promise<void> {
    this.#batch = [];
    if (!this.#started) this.#unpark();
    await this.#ask({ discard: true });
    await this.#worker.terminate();
  }

  /** Moves the catalog folders of `outDir` to a sibling folder, where emptying `outDir` does not reach them. */
  #park(outDir: string): void {
    const to = path.join(path.dirname(outDir), `.${path.basename(outDir)}-ore-kit-last-build`);
    // Left by a build that was killed: its contents are of no use.
    rmSync(to, { recursive: true, force: true });
    for (const name of CATALOG_FOLDERS) {
      if (!existsSync(path.join(outDir, name))) continue;
      try {
        mkdirSync(to, { recursive: true });
        renameSync(path.join(outDir, name), path.join(to, name));
        this.#parked = { from: outDir, to };
      } catch {
        // Not movable (another device, permissions): the bundler empties it and the files are written anew.
      }
    }
  }

  #unpark(): void {
    if (!this.#parked) return;
    const { from, to } = this.#parked;
    for (const name of readdirSync(to)) renameSync(path.join(to, name), path.join(from, name));
    rmdirSync(to);
    this.#parked = undefined;
  }

  #flush(): void {
    if (this.#batch.length === 0) return;
    this.#worker.postMessage({ files: this.#batch });
    this.#batch = [];
  }

  async #ask(message: object): Promise<Reply> {
    if (this.#crashed) return { error: this.#crashed.message };
    this.#worker.ref();
    try {
      return await new Promise<Reply>((resolve) => {
        this.#replies.push(resolve);
        this.#worker.postMessage(message);
      });
    } finally {
      this.#worker.unref();
    }
  }
}
