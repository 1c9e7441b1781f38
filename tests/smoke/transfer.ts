/**
 * What a host page pays for the kit, measured on the built site in Chromium: every response the
 * kit's origin sends (code, UI strings, content), counted gzip -9, and how many requests had to
 * wait for another one (round trips). The kit is served with a fixed delay per response, so a
 * request that starts only after another one answered is plainly sequential. Shared by the
 * budget test (tests/smoke/budget.test.ts) and `npm run bench`.
 */
import http from 'node:http';
import { readFile, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export const gzip9 = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

export interface Exchange {
  path: string;
  status: number;
  /** gzip -9 of the body. */
  bytes: number;
  arrived: number;
  answered: number;
  /** 1 for a request made before any other had an answer; n+1 for one made after an answer of level n. */
  level: number;
}

export interface KitServer {
  origin: string;
  log: Exchange[];
  /** Forgets the log, between two pages. */
  reset(): void;
  close(): Promise<void>;
}

/** Serves `dir` like a CDN (CORS open), answering each request after `delayMs`, and logs every exchange. */
export async function serveKit(dir: string, delayMs: number): Promise<KitServer> {
  let log: Exchange[] = [];
  const server = http.createServer(async (req, res) => {
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Its level: one more than the deepest exchange answered before this request arrived.
    const level = 1 + Math.max(0, ...log.filter((e) => e.answered <= arrived).map((e) => e.level));
    const file = path.join(dir, decodeURIComponent(url.pathname));
    let status = 200;
    let body: Buffer;
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      body = await readFile(file);
    } catch {
      status = 404;
      body = Buffer.from('not found');
    }
    // Counted when asked, not while the page waits: compressing at level 9 in this thread would
    // hold up every response after it, which a real server (precompressed files) does not.
    let bytes: number | undefined;
    const entry: Exchange = {
      path: url.pathname,
      status,
      get bytes() {
        return (bytes ??= gzip9(body));
      },
      arrived,
      answered: Infinity,
      level,
    };
    log.push(entry);
    setTimeout(() => {
      res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
      res.end(body, () => (entry.answered = performance.now()));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get log() {
      return log;
    },
    reset: () => (log = []),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Transfer {
  bytes: number;
  requests: number;
  /** The longest chain of requests each waiting for the one before, ore-kit.js included. */
  roundTrips: number;
  /** Paths by level, for the report. */
  chain: string[][];
  exchanges: Exchange[];
}

export function summarise(log: Exchange[]): Transfer {
  const roundTrips = Math.max(0, ...log.map((e) => e.level));
  const chain = Array.from({ length: roundTrips }, (_, i) => log.filter((e) => e.level === i + 1).map((e) => e.path));
  return { bytes: log.reduce((sum, e) => sum + e.bytes, 0), requests: log.length, roundTrips, chain, exchanges: [...log] };
}

/**
 * Opens a host page (served from another origin) whose body is `body` with the one-script snippet,
 * waits until every ore-* element on it is `complete` (or `error`), and returns what the kit's
 * origin sent for it.
 */
export async function measurePage(browser: Browser, kit: KitServer, body: string, timeout = 30_000): Promise<Transfer & { states: string[] }> {
  const host = http.createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
      <script type="module" src="${kit.origin}/ore-kit.js"></script></head><body>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  const started = performance.now();
  const mark = (what: string) => process.env.ORE_TRACE && console.log(what, Math.round(performance.now() - started));
  try {
    await page.setCacheEnabled(false);
    kit.reset();
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`, { waitUntil: 'domcontentloaded' });
    mark('goto');
    const states = (await (
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('ore-'));
          const states = elements.map((e) => e.dataset.state ?? 'none');
          return elements.length > 0 && states.every((s) => s === 'complete' || s === 'error') && states;
        },
        { timeout, polling: 50 },
      )
    ).jsonValue()) as string[];
    mark('rendered');
    // Anything still in flight once rendered counts too.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ...summarise(kit.log), states };
  } finally {
    await page.close();
    mark('closed');
    host.closeAllConnections();
    await new Promise((resolve) => host.close(() => resolve(undefined)));
    mark('host closed');
  }
}

/**
 * The floor: Lit (with unsafeHTML) + i18next + the given JSON files, bundled by Vite the same way
 * as the kit (ES2022, minified) in one chunk, gzip -9. What no kit built on this stack can undercut.
 */
export async function floorBytes(root: string, json: string[]): Promise<number> {
  const { build } = await import('vite');
  // Inside the project, so `lit` and `i18next` resolve from its node_modules.
  const dir = await mkdtemp(path.join(root, 'node_modules', '.ore-floor-'));
  try {
    const entry = path.join(dir, 'floor.js');
    const imports = json.map((file, i) => `import data${i} from ${JSON.stringify(file)} with { type: 'json' };`).join('\n');
    await writeFile(
      entry,
      `import { LitElement, html, css } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import i18next from 'i18next';
${imports}
globalThis.floor = [LitElement, html, css, unsafeHTML, i18next.createInstance(), ${json.map((_, i) => `data${i}`).join(', ')}];
`,
    );
    const output = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, target: 'es2022', modulePreload: false, rolldownOptions: { input: entry } },
    });
    const outputs = (Array.isArray(output) ? output : [output]) as { output: { type: string; code?: string; source?: string | Uint8Array }[] }[];
    let bytes = 0;
    for (const result of outputs) for (const item of result.output) if (item.type === 'chunk') bytes += gzip9(item.code ?? '');
    return bytes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** All five elements in one language, as a host page would write them. */
export function fiveWidgets(index: { cards: { slug: string; topic: string }[]; quizzes: { slug: string }[] }, lang: string): string {
  return `<section lang="${lang}">
    <ore-banner topic="${index.cards[0].topic}"></ore-banner>
    <ore-card card="${index.cards[0].slug}"></ore-card>
    <ore-deck topic="${index.cards[0].topic}"></ore-deck>
    <ore-quiz quiz="${index.quizzes[0].slug}"></ore-quiz>
    <ore-glossary></ore-glossary>
  </section>`;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
