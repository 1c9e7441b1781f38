/**
 * Finds Chrome or Chromium for the browser tests: $CHROME_PATH, else the usual names on PATH.
 * Run directly (`node scripts/find-chrome.mjs`) it prints the path, or says how to get one and
 * exits 1, so `npm test` fails with instructions instead of a stack trace.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of NAMES) {
      const candidate = path.join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Flags for headless Chromium on CI and in containers (root needs --no-sandbox). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const found = findChrome();
  if (found) {
    console.log(`Browser tests use ${found}`);
  } else {
    console.error(
      [
        process.env.CHROME_PATH
          ? `CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.`
          : `No Chrome or Chromium found on PATH (looked for: ${NAMES.join(', ')}).`,
        'The browser tests need one. Install it, or point CHROME_PATH at it:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  Fedora:         sudo dnf install -y chromium',
        '  macOS:          brew install --cask chromium   (or install Google Chrome)',
        '  any system:     CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
