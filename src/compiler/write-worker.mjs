// The thread behind file-writer.ts: writes the files it is sent into one folder, once told
// which, and can take back everything it wrote. Plain JavaScript: it needs no TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let root;
let queue = [];
let failure;
const written = [];
const folders = new Set();
// Folders this thread made, outermost first: what to remove besides the files.
const made = [];

function drain() {
  if (root === undefined || failure) return;
  try {
    for (const [file, body] of queue) {
      const target = path.join(root, file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        const first = mkdirSync(folder, { recursive: true });
        if (first) made.push(first);
        folders.add(folder);
      }
      writeFileSync(target, body);
      written.push(target);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  queue = [];
}

parentPort.on('message', (message) => {
  if (message.files) {
    for (const entry of message.files) queue.push(entry);
    drain();
  } else if (message.start !== undefined) {
    root = message.start;
    drain();
  } else if (message.finish) {
    drain();
    parentPort.postMessage(failure ? { error: failure } : { written: written.length });
  } else if (message.discard) {
    queue = [];
    for (const file of written) rmSync(file, { force: true });
    for (const folder of made) rmSync(folder, { recursive: true, force: true });
    parentPort.postMessage({ discarded: written.length });
  }
});
