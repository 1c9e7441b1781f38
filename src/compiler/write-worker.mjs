// The thread behind file-writer.ts: writes the files it is sent into one folder, once told
// which; leaves a file alone when it already holds the same text; and can take back everything
// it wrote. Plain JavaScript: it needs no TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let root;
let queue = [];
let failure;
// Every file of this build, written or found already there.
const produced = new Set();
const written = [];
const folders = new Set();
// Folders this thread made, and folders of the last build it moved back in.
const made = [];
let restored = [];

function drain() {
  if (root === undefined || failure) return;
  try {
    for (const [file, body] of queue) {
      const target = path.join(root, file);
      produced.add(target);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        const first = mkdirSync(folder, { recursive: true });
        if (first) made.push(first);
        folders.add(folder);
      }
      // Rewriting an unchanged file costs as much as a new one; reading it is cheap.
      if (restored.length > 0 && same(target, body)) continue;
      writeFileSync(target, body);
      written.push(target);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  queue = [];
}

function same(file, body) {
  try {
    return readFileSync(file, 'utf8') === body;
  } catch {
    return false;
  }
}

/** Removes what the last build left in the restored folders and this one did not make again. */
function prune() {
  for (const folder of restored) {
    const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
    const dirs = [];
    for (const entry of entries) {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isDirectory()) dirs.push(file);
      else if (!produced.has(file)) unlinkSync(file);
    }
    // Deepest first; a folder that still holds files stays.
    for (const dir of dirs.sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(dir);
      } catch {}
    }
  }
}

parentPort.on('message', (message) => {
  if (message.files) {
    for (const entry of message.files) queue.push(entry);
    drain();
  } else if (message.start !== undefined) {
    root = message.start;
    try {
      // The folders of the last build, moved aside before the bundler emptied the output folder.
      if (message.parked) {
        mkdirSync(root, { recursive: true });
        for (const name of readdirSync(message.parked)) {
          renameSync(path.join(message.parked, name), path.join(root, name));
          restored.push(path.join(root, name));
        }
        rmdirSync(message.parked);
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    drain();
  } else if (message.finish) {
    drain();
    if (!failure) {
      try {
        prune();
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    }
    parentPort.postMessage(failure ? { error: failure } : { written: written.length, unchanged: produced.size - written.length });
  } else if (message.discard) {
    queue = [];
    for (const file of written) rmSync(file, { force: true });
    for (const folder of [...restored, ...made]) rmSync(folder, { recursive: true, force: true });
    parentPort.postMessage({ discarded: written.length });
  }
});
