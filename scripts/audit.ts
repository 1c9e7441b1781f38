/**
 * `npm run audit`: Lighthouse on the built site (`dist/`, built just before), as embedders see it.
 *
 * Two pages: the gallery, on the kit's own origin; and a host page on another loopback origin
 * (`localhost` vs `127.0.0.1`, each on its own port) that embeds a banner, a card and a quiz with
 * one script tag under a strict CSP, as a school or council page would. Each page is audited
 * with Lighthouse's mobile and desktop presets, three runs each (a fresh Chromium per run); the
 * four category scores, LCP, CLS and TBT are printed as the median of the runs, followed by what
 * cost points on the median run. Not part of `npm test`: scores are noisy on a shared machine.
 *
 *   npm run audit [-- --runs 3] [-- --page host|gallery] [-- --preset mobile|desktop] [-- --json file]
 *   npm run audit -- --serve     serves the two pages and prints their URLs, to look at them by hand
 */
import http from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true },
    preset: { type: 'string', multiple: true },
    json: { type: 'string' },
    serve: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs) || 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = { LCP: 'largest-contentful-paint', CLS: 'cumulative-layout-shift', TBT: 'total-blocking-time' } as const;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Answers as a static host or CDN would: compressed text, long caching for hashed assets. */
function respond(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, file: string, headers: Record<string, string> = {}) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text|application\/json|image\/svg)/.test(type);
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(gzip ? gzipSync(body) : body);
}

async function listen(host: string, handler: http.RequestListener): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host === 'localhost' ? '127.0.0.1' : host, resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${host}:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The kit: `dist/` as deployed, CORS open. */
function serveKit() {
  return listen('127.0.0.1', async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dist, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      respond(req, res, await readFile(file), file, { 'Access-Control-Allow-Origin': '*' });
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' }).end('not found');
    }
  });
}

/** Titles from the built catalog, so the fallback links read as what they open. */
async function catalog() {
  const index = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
  const find = (list: { slug: string; title: string }[], slug: string) => {
    const item = list.find((i) => i.slug === slug);
    if (!item) throw new Error(`the audit's host page names "${slug}", which is not in the catalog`);
    return item;
  };
  return { card: find(index.cards, 'world-e-waste-2022'), quiz: find(index.quizzes, 'circular-economy'), topic: find(index.topics, 'circular-economy') };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A school's page, written as one should be: language, viewport, title and description, one h1,
 * landmarks, its own stylesheet, and each widget holding a link that says where it leads.
 */
async function hostPage(kit: string): Promise<{ html: string; css: string; csp: string }> {
  const { card, quiz, topic } = await catalog();
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Year 8 geography: where our materials come from</title>
  <meta name="description" content="A class page about mining, recycling and the circular economy, with a fact card, a quiz and rotating facts from ore-kit.">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/host.css">
  <!-- ore-kit.css, copied beside the host's own CSS (style-src 'self'): space reserved before the script runs. -->
  <link rel="stylesheet" href="/ore-kit.css">
  <script type="module" src="${kit}/ore-kit.js"></script>
</head>
<body>
  <header class="site">
    <p class="school">Riverside Secondary School</p>
    <nav aria-label="Main"><a href="/">Home</a> <a href="/geography">Geography</a></nav>
  </header>
  <div class="strip">
    <ore-banner topic="${topic.slug}"><a href="${kit}/topics/en/${topic.slug}.html">${escapeHtml(topic.title)}: facts</a></ore-banner>
  </div>
  <main>
    <h1>Where our materials come from</h1>
    <p>This week we look at what happens to old phones, laptops and batteries. Read the card, then try the quiz on your own before Thursday's lesson.</p>
    <h2>Read</h2>
    <ore-card card="${card.slug}"><a href="${kit}/cards/en/${card.slug}.html">${escapeHtml(card.title)}</a></ore-card>
    <h2>Test yourself</h2>
    <ore-quiz quiz="${quiz.slug}"><a href="${kit}/quizzes/en/${quiz.slug}.html">Quiz: ${escapeHtml(quiz.title)}</a></ore-quiz>
  </main>
  <footer><p>Widgets: ore-kit, sourced facts about raw materials.</p></footer>
</body>
</html>
`;
  const css = `html { color-scheme: light; }
body { margin: 0; font: 100%/1.5 system-ui, sans-serif; color: #1d1d1b; background: #fff; }
header.site, .strip, main, footer { max-inline-size: 44em; margin-inline: auto; padding-inline: 1em; }
header.site { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5em; padding-block: 1em; }
.school { margin: 0; font-weight: 700; }
nav a { display: inline-block; padding: 0.75em 0.5em; color: #004f7a; }
main > * + * { margin-block-start: 1em; }
footer { padding-block: 2em; color: #4a4a48; }
`;
  const csp = [
    `script-src 'self' ${kit}`,
    "style-src 'self'",
    `connect-src 'self' ${kit}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html ore-kit 'allow-duplicates'",
  ].join('; ');
  return { html, css, csp };
}

async function serveHost(kit: string) {
  const { html, css, csp } = await hostPage(kit);
  const reserveCss = await readFile(path.join(dist, 'ore-kit.css'));
  const favicon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#9a4a00"/></svg>';
  const robots = 'User-agent: *\nAllow: /\n';
  return listen('localhost', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/' || url.pathname === '/index.html') return respond(req, res, Buffer.from(html), 'index.html', { 'Content-Security-Policy': csp });
    if (url.pathname === '/host.css') return respond(req, res, Buffer.from(css), 'host.css');
    if (url.pathname === '/ore-kit.css') return respond(req, res, reserveCss, 'ore-kit.css');
    if (url.pathname === '/favicon.svg') return respond(req, res, Buffer.from(favicon), 'favicon.svg');
    if (url.pathname === '/robots.txt') return respond(req, res, Buffer.from(robots), 'robots.txt');
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
}

type Preset = 'mobile' | 'desktop';

async function runLighthouse(url: string, preset: Preset): Promise<Result> {
  const executablePath = findChrome() ?? '/usr/bin/chromium';
  // Chromium is started here (--no-sandbox --headless=new, as the brief asks) and Lighthouse drives it over its debugging port.
  const browser = await puppeteer.launch({
    executablePath,
    headless: false,
    args: ['--no-sandbox', '--headless=new', '--remote-debugging-port=0', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Summary {
  page: string;
  preset: Preset;
  url: string;
  runs: number;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { LCP: number; CLS: number; TBT: number };
  lost: Record<string, string[]>;
  shifts: string[];
}

/** What an audit names (the link with vague text, the console error), briefly. */
function culprits(audit: Result['audits'][string] | undefined): string {
  const items = ((audit?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 4);
  const names = items
    .map((item) => {
      const node = item.node as { snippet?: string } | undefined;
      if (item.text) return `"${item.text}" ${item.href ?? ''}`.trim();
      return [item.description ?? node?.snippet, item.url].filter(Boolean).join(' ').slice(0, 160);
    })
    .filter(Boolean);
  return names.length ? ` [${names.join(' | ')}]` : '';
}

/**
 * Which nodes moved, and by how much: Lighthouse 12.2's own layout-shifts audit fails on current
 * Chromium (its trace engine), so the page is loaded once more, unthrottled, with a
 * PerformanceObserver, at the preset's width.
 */
async function layoutShifts(url: string, preset: Preset): Promise<string[]> {
  const browser = await puppeteer.launch({ executablePath: findChrome() ?? '/usr/bin/chromium', headless: false, args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setViewport(preset === 'mobile' ? { width: 412, height: 823, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : { width: 1350, height: 940 });
    // Page code as text: this file is checked without DOM types.
    await page.evaluateOnNewDocument(`
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          const moved = entry.sources.map((s) => {
            const element = s.node instanceof Element ? s.node : s.node && s.node.parentElement;
            const name = element ? element.localName + (element.id ? '#' + element.id : '') : '#text';
            return name + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' px, ' +
              Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height) + ' px tall';
          });
          window.__shifts.push(entry.value.toFixed(3) + ' at ' + Math.round(entry.startTime) + ' ms: ' + moved.join('; '));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    `);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return (await page.evaluate('window.__shifts')) as string[];
  } finally {
    await browser.close();
  }
}

function summarize(page: string, preset: Preset, url: string, results: Result[], shifts: string[]): Summary {
  const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => score(r, c)))])) as Summary['scores'];
  const metrics = {
    LCP: median(results.map((r) => metric(r, METRICS.LCP))),
    CLS: median(results.map((r) => metric(r, METRICS.CLS))),
    TBT: median(results.map((r) => metric(r, METRICS.TBT))),
  };
  // What cost points, from the run whose performance score is the median one.
  const typical = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(results.length / 2)];
  const lost: Record<string, string[]> = {};
  for (const category of CATEGORIES) {
    const refs = typical.categories[category]?.auditRefs ?? [];
    lost[category] = refs
      .filter((ref) => ref.weight > 0)
      .map((ref) => typical.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative')
      .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}${culprits(audit)}`);
  }
  return { page, preset, url, runs: results.length, scores, metrics, lost, shifts };
}

function print(summaries: Summary[]) {
  const rows = summaries.map((s) => [
    s.page,
    s.preset,
    ...CATEGORIES.map((c) => String(s.scores[c])),
    `${Math.round(s.metrics.LCP)} ms`,
    s.metrics.CLS.toFixed(3),
    `${Math.round(s.metrics.TBT)} ms`,
  ]);
  const header = ['page', 'preset', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP', 'CLS', 'TBT'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\nLighthouse ${summaries[0]?.runs ?? RUNS}× per row, medians (scores 0–100; target ≥ 95 for the host page)\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const s of summaries) {
    const lost = Object.entries(s.lost).filter(([, audits]) => audits.length);
    if (lost.length) {
      console.log(`\n${s.page} (${s.preset}) lost points on:`);
      for (const [category, audits] of lost) console.log(`  ${category}: ${audits.join('; ')}`);
    }
    if (s.shifts.length) console.log(`  layout shifts, unthrottled, largest first:\n    ${[...s.shifts].sort((a, b) => parseFloat(b) - parseFloat(a)).slice(0, 5).join('\n    ')}`);
  }
}

async function main() {
  try {
    await readFile(path.join(dist, 'ore-kit.js'));
  } catch {
    throw new Error('dist/ is missing: npm run audit builds it first (npm run build)');
  }
  const kit = await serveKit();
  const host = await serveHost(kit.origin);
  const pages = { host: `${host.origin}/`, gallery: `${kit.origin}/index.html` };
  if (options.serve) {
    console.log(`host page: ${pages.host}\ngallery:   ${pages.gallery}\n(Ctrl-C to stop)`);
    return new Promise<void>(() => {});
  }
  const chosenPages = (options.page?.length ? options.page : Object.keys(pages)) as (keyof typeof pages)[];
  const presets = (options.preset?.length ? options.preset : ['mobile', 'desktop']) as Preset[];
  const summaries: Summary[] = [];
  try {
    for (const page of chosenPages) {
      if (!pages[page]) throw new Error(`--page ${page}: expected ${Object.keys(pages).join(' or ')}`);
      for (const preset of presets) {
        if (preset !== 'mobile' && preset !== 'desktop') throw new Error(`--preset ${preset}: expected mobile or desktop`);
        const results: Result[] = [];
        for (let run = 1; run <= RUNS; run++) {
          process.stderr.write(`lighthouse ${page} ${preset} run ${run}/${RUNS}…\n`);
          results.push(await runLighthouse(pages[page], preset));
        }
        summaries.push(summarize(page, preset, pages[page], results, await layoutShifts(pages[page], preset)));
      }
    }
  } finally {
    await kit.close();
    await host.close();
  }
  print(summaries);
  if (options.json) await writeFile(options.json, JSON.stringify(summaries, null, 2));
}

main().catch((error) => {
  console.error(String(error?.stack ?? error));
  process.exitCode = 1;
});
