/**
 * `npm run bench`: the figures behind the kit's performance claims, in one table (README,
 * "Performance"). Not part of `npm test`: it builds synthetic libraries and takes a few minutes.
 *
 * (a) build time at 1×, 10× and 100× the library (synthetic copies of every card in every locale
 *     it exists in, in a temp folder): the content compiler alone, and the whole `vite build`;
 *     with the time per card and locale;
 * (b) render time of N = 10, 100, 500 cards against plain static HTML of the same content, in
 *     the same browser, as ratios;
 * (c) bytes (gzip -9) and round trips for one card and for all five widgets, against the floor;
 * (d) the autoloader's cost when a host appends 1,000 rows, on a small page and on a big one.
 *
 * By default (a) runs 1×, 10× and 17× (1,003 cards: the issue's "1,000 cards in nine locales"),
 * to stay under 3 minutes; ORE_BENCH_FACTORS=1,10,100 adds the 100× library (5,900 cards:
 * minutes on its own). ORE_BENCH_FULL_BUILD_MAX=17 is the largest factor also built with Vite
 * (larger ones are compiled only: writing 100,000 files measures the disk).
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { syntheticLibrary } from './bench/synthetic.ts';
import { compile } from '../src/compiler/compile.ts';
import { FileWriter } from '../src/compiler/file-writer.ts';
import { LOCALE_CODES } from '../src/shared/locales.ts';
import type { CatalogIndex, CompiledCard } from '../src/shared/catalog.ts';
import { serveKit, measurePage, floorBytes, fiveWidgets, kb } from '../tests/smoke/transfer.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const factors = (process.env.ORE_BENCH_FACTORS ?? '1,10,17').split(',').map(Number);
const fullBuildMax = Number(process.env.ORE_BENCH_FULL_BUILD_MAX ?? 17);
const lines: string[] = [];
const out = (line: string) => {
  lines.push(line);
  console.log(line);
};
const ms = (t: number) => `${Math.round(t)} ms`;

/** Writes `files` under `dir` as a build does (file-writer.ts), with nothing else running: what creating them costs on this disk. */
async function writeAlone(dir: string, files: Map<string, string>): Promise<number> {
  const start = performance.now();
  const writer = new FileWriter();
  writer.start(dir);
  for (const [file, body] of files) writer.add(file, body);
  await writer.finish();
  return performance.now() - start;
}

async function buildTimes(): Promise<void> {
  out('## (a) build, all 9 locales (synthetic copies of the library)');
  out('| library | cards | cards × locales | compiler (read · checks · catalogs · status) | per card & locale | writing its files alone | vite build (total, files written) | again, over its own output |');
  out('|---|---|---|---|---|---|---|---|');
  // Removed only at the end: on a disk without a journal (this one), ext4 avoids reusing inodes
  // freed in the last minutes, and creating thousands of files right after deleting thousands
  // takes several times longer. The libraries of one run must not slow down the next build.
  const libraries: string[] = [];
  try {
    for (const factor of factors) {
      const { root: library, cards } = await syntheticLibrary(root, factor);
      libraries.push(library);
      const start = performance.now();
      const result = await compile(library, { localesRoot: root });
      const compiler = performance.now() - start;
      if (result.errors.length) throw new Error(`the ${factor}× library does not compile: ${result.errors[0]}`);
      const units = cards * LOCALE_CODES.length;
      let total = 'not built';
      let alone = 'not written';
      let again = '';
      if (factor <= fullBuildMax) {
        // The baseline, in the same run: the same files written by the build's writer with nothing else to do.
        alone = ms(await writeAlone(path.join(library, 'written-alone'), result.files));
        const viteBuild = () => {
          const begin = performance.now();
          execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', path.join(library, 'dist'), '--emptyOutDir', '--logLevel', 'error'], {
            cwd: root,
            env: { ...process.env, ORE_CONTENT_ROOT: library },
            stdio: 'inherit',
          });
          return ms(performance.now() - begin);
        };
        // Into an empty folder, then once more over it: what a site rebuilding after an edit waits.
        total = viteBuild();
        again = viteBuild();
      }
      const { read, checks, catalogs, status } = result.timings;
      const phases = [read, checks, catalogs, status].map((t) => Math.round(t)).join(' · ');
      out(`| ${factor}× | ${cards} | ${units} | ${ms(compiler)} (${phases}) | ${((compiler / units) * 1000).toFixed(0)} µs | ${alone} | ${total}${total === 'not built' ? '' : `, ${result.files.size} files`} | ${again} |`);
    }
  } finally {
    await Promise.all(libraries.map((library) => rm(library, { recursive: true, force: true })));
  }
}

/** A page of N cards, as the kit renders them and as plain static HTML of the same content. */
async function renderRatios(browser: Browser): Promise<void> {
  out('\n## (b) rendering N cards (en) vs the same content as static HTML, same browser, same run');
  out('| N | ore-card | static HTML | ratio |');
  out('|---|---|---|---|');
  const kit = await serveKit(dist, 0);
  const index = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8')) as CatalogIndex;
  const cards = await Promise.all(
    index.cards.map(async (c) => JSON.parse(await readFile(path.join(dist, `content/en/cards/${c.slug}.json`), 'utf8')) as CompiledCard),
  );
  const pages = new Map<string, string>();
  const host = http.createServer((req, res) => {
    res.writeHead(pages.has(req.url ?? '') ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(pages.get(req.url ?? '') ?? '');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  const shell = (body: string, script = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${script}</head><body>${body}</body></html>`;
  try {
    for (const n of [10, 100, 500]) {
      const pick = Array.from({ length: n }, (_, i) => cards[i % cards.length]);
      pages.set(`/kit-${n}`, shell(pick.map((c) => `<ore-card card="${c.slug}"></ore-card>`).join(''), `<script type="module" src="${kit.origin}/ore-kit.js"></script>`));
      pages.set(
        `/static-${n}`,
        shell(
          pick
            .map(
              (c) => `<article><p>${c.topicTitle}</p><h2>${c.title}</h2><figure>${c.illustration.svg}</figure><p>${c.summary}</p>${c.html}
              <section><h3>Sources</h3><ul>${c.sources.map((s) => `<li><a href="${s.url}">${s.title}</a></li>`).join('')}</ul></section></article>`,
            )
            .join(''),
        ),
      );
      const time = async (url: string, done: string) => {
        const page = await browser.newPage();
        try {
          await page.goto(`${origin}${url}`, { waitUntil: 'load' });
          return await page.evaluate(done);
        } finally {
          await page.close();
        }
      };
      const runs = 5;
      const kitTimes: number[] = [];
      const staticTimes: number[] = [];
      for (let run = 0; run < runs; run++) {
        kitTimes.push((await time(
          `/kit-${n}`,
          `new Promise((resolve) => { const check = () => { const all = document.querySelectorAll('ore-card'); if ([...all].every((e) => e.dataset.state === 'complete' || e.dataset.state === 'error')) { document.body.offsetHeight; requestAnimationFrame(() => resolve(performance.now())); } else setTimeout(check, 5); }; check(); })`,
        )) as number);
        staticTimes.push((await time(`/static-${n}`, `new Promise((resolve) => { document.body.offsetHeight; requestAnimationFrame(() => resolve(performance.now())); })`)) as number);
      }
      // Medians of five runs each, alternating, so a busy moment hits both sides alike.
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const [kitTime, staticTime] = [median(kitTimes), median(staticTimes)];
      out(`| ${n} | ${ms(kitTime)} | ${ms(staticTime)} | ${(kitTime / staticTime).toFixed(2)}× |`);
    }
  } finally {
    host.closeAllConnections();
    await new Promise((resolve) => host.close(resolve));
    await kit.close();
  }
}

async function transfer(browser: Browser): Promise<void> {
  out('\n## (c) what a page transfers from the kit (gzip -9) and round trips (120 ms per response)');
  out('| page | bytes | requests | round trips | floor (Lit + i18next + the same JSON) |');
  out('|---|---|---|---|---|');
  const kit = await serveKit(dist, 120);
  const index = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8')) as CatalogIndex;
  try {
    for (const lang of ['en', 'de']) {
      const slug = index.cards[0].slug;
      const card = await measurePage(browser, kit, `<ore-card card="${slug}" lang="${lang}"></ore-card>`);
      const cardFloor = await floorBytes(root, [path.join(dist, `content/${lang}/cards/${slug}.json`)]);
      out(`| one card (${lang}) | ${kb(card.bytes)} | ${card.requests} | ${card.roundTrips} | ${kb(cardFloor)} |`);
      const five = await measurePage(browser, kit, fiveWidgets(index, lang));
      const json = five.exchanges.filter((e) => e.path.startsWith('/content/') && !e.path.endsWith('/ui.json')).map((e) => path.join(dist, e.path));
      out(`| five widgets (${lang}) | ${kb(five.bytes)} | ${five.requests} | ${five.roundTrips} | ${kb(await floorBytes(root, json))} |`);
    }
  } finally {
    await kit.close();
  }
}

/** A host appending 1,000 table rows with the kit loaded: the same cost on a page of 100 or 20,000 nodes? */
async function autoloaderCost(browser: Browser): Promise<void> {
  out('\n## (d) a host appends 1,000 rows (ore-kit.js loaded, one card on the page)');
  out('| page size | append + observer, with the kit | without the kit | difference |');
  out('|---|---|---|---|');
  const kit = await serveKit(dist, 0);
  const index = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8')) as CatalogIndex;
  let body = '';
  const host = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    for (const existing of [100, 20_000]) {
      const timeIt = async (withKit: boolean) => {
        const page = await browser.newPage();
        try {
          body = `<!doctype html><html lang="en"><body>${withKit ? `<script type="module" src="${kit.origin}/ore-kit.js"></script>` : ''}<ore-card card="${index.cards[0].slug}"></ore-card><div id="old">${'<p><span>x</span></p>'.repeat(existing / 2)}</div><table id="t"></table></body></html>`;
          await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
          if (withKit) await page.waitForFunction(() => document.querySelector('ore-card')?.getAttribute('data-state') === 'complete', { timeout: 30_000 });
          return (await page.evaluate(async () => {
            const times: number[] = [];
            for (let run = 0; run < 15; run++) {
              const table = document.getElementById('t')!;
              table.replaceChildren();
              await new Promise((resolve) => setTimeout(resolve, 0));
              const start = performance.now();
              for (let i = 0; i < 1000; i++) {
                const row = document.createElement('tr');
                row.innerHTML = '<td>a</td><td><b>b</b></td><td>c</td>';
                table.append(row);
              }
              // The observer's callback runs as a microtask after this task: wait for it.
              await new Promise((resolve) => setTimeout(resolve, 0));
              times.push(performance.now() - start);
            }
            // The median: a busy machine's outliers say nothing about the kit.
            return times.sort((a, b) => a - b)[7];
          })) as number;
        } finally {
          await page.close();
        }
      };
      const withKit = await timeIt(true);
      const without = await timeIt(false);
      out(`| ${existing} nodes | ${withKit.toFixed(1)} ms | ${without.toFixed(1)} ms | ${(withKit - without).toFixed(1)} ms |`);
    }
  } finally {
    host.closeAllConnections();
    await new Promise((resolve) => host.close(resolve));
    await kit.close();
  }
}

// ORE_BENCH_PARTS=b,c runs only those parts (default: all).
const parts = new Set((process.env.ORE_BENCH_PARTS ?? 'a,b,c,d').split(','));
const started = performance.now();
out(`# npm run bench — ${new Date().toISOString()}, Node ${process.version}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
if (parts.has('a')) await buildTimes();
// (b) and (c) measure the real library's build.
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  if (parts.has('b')) await renderRatios(browser);
  if (parts.has('c')) await transfer(browser);
  if (parts.has('d')) await autoloaderCost(browser);
} finally {
  await browser.close();
}
out(`\nbench took ${(performance.now() - started) / 1000 | 0} s`);
