/**
 * What the embedding smoke tests share: the built kit served on one loopback origin, host pages
 * on another, a browser, and ways to open a page, find an embed
 * frame and wait for it to fit. Importing it registers the servers and the browser for the file.
 */
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveDirectory, servePages, type Served } from './serve.ts';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const dist = path.join(root, 'dist');
export const en = JSON.parse(await readFile(path.join(dist, 'content/en/index.json'), 'utf8'));
export const card: string = en.cards[0].slug;
export const quiz: string = en.quizzes[0].slug;

export let browser: Browser;
export let kit: Served;
export let host: Served;
/** Host pages by path; tests add their own before opening them. */
export const pages: Record<string, { body: string; headers?: Record<string, string> }> = {};

export const hostPage = (body: string, head = '') => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>${head}</head><body style="margin:0">${body}</body></html>`,
});

before(async () => {
  const executablePath = findChrome();
  assert.ok(executablePath, 'Chrome/Chromium is needed: see scripts/find-chrome.mjs');
  kit = await serveDirectory(dist);
  host = await servePages(pages);
  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await Promise.all([kit?.close(), host?.close()]);
});

export async function open(url: string, options: { javascript?: boolean } = {}) {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  if (options.javascript === false) await page.setJavaScriptEnabled(false);
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, problems, status: response?.status() };
}

/** The frame of the iframe `#id`, once it has loaded the kit's embed page. */
export async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle!.contentFrame();
  assert.ok(frame, `#${id} has a frame`);
  return frame;
}

/** Waits for the widget in an embed frame to be rendered and returns its tag and state. */
export const widgetIn = (frame: Frame) =>
  frame
    .waitForFunction(
      () => {
        const element = document.querySelector<HTMLElement>('#widget > *');
        return element && ['complete', 'error'].includes(element.dataset.state ?? '') && { tag: element.localName, state: element.dataset.state, lang: element.getAttribute('lang') };
      },
      { timeout: 15_000 },
    )
    .then((h) => h.jsonValue() as Promise<{ tag: string; state: string; lang: string }>);

/** Waits until the iframe's height equals its content's height (within a pixel), and returns both. */
export async function fitted(page: Page, id: string, frame: Frame): Promise<{ outer: number; inner: number }> {
  let sizes = { outer: 0, inner: -1 };
  for (let i = 0; i < 50; i++) {
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.evaluate((id) => document.getElementById(id)!.clientHeight, id);
    sizes = { outer, inner };
    if (Math.abs(outer - inner) <= 1) return sizes;
    await new Promise((r) => setTimeout(r, 100));
  }
  return sizes;
}
