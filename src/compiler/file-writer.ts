/**
 * Writes a build's content files on a thread of their own while the compiler is still making
 * the rest (write-worker.mjs). Creating 19,000 small files costs seconds of kernel time on
 * some disks; done after the compile, it added those seconds to every build, done beside it
 * they overlap.
 *
 * Files are collected from the start of the build; they are written once `start(folder)` names
 * the output folder (after the bundler has emptied it). `finish()` resolves when every file is
 * on disk; `discard()` removes what was written, for a build that failed after all.
 */
import { Worker } from 'node:worker_threads';

type Reply = { written: number } | { discarded: number } | { error: string };

/** Files per message: fewer messages, and still a steady flow to the thread. */
const BATCH = 200;

export class FileWriter {
  #worker = new Worker(new URL('./write-worker.mjs', import.meta.url));
  #batch: [string, string][] = [];
  #replies: ((reply: Reply) => void)[] = [];
  #crashed?: Error;

  constructor() {
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
    this.#worker.postMessage({ start: folder });
  }

  /** Resolves with the number of files written once all are on disk; rejects on the first write that failed. */
  async finish(): Promise<number> {
    this.#flush();
    const reply = await this.#ask({ finish: true });
    await this.#worker.terminate();
    if ('error' in reply) throw new Error(`writing the content files failed: ${reply.error}`);
    return 'written' in reply ? reply.written : 0;
  }

  /** Removes every file written (and every folder made for them), and stops the thread. */
  async discard(): Promise<void> {
    this.#batch = [];
    await this.#ask({ discard: true });
    await this.#worker.terminate();
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
