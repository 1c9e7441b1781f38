/**
 * Where the kit's files live: the folder of `ore-kit.js`, on whatever origin that is. Built,
 * this module sits in a chunk in `assets/`, so the base is one folder up from its own URL; no
 * chunk needs to import the entry for it (a cache-busted `ore-kit.js?v=2` is not loaded twice).
 * In development it is the dev server's base. Tests may set it.
 */
let base: URL | undefined;

export function setKitBase(url: string | URL): void {
  base = new URL(url, document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
}

export function kitBase(): URL {
  if (base) return base;
  return import.meta.env.DEV ? new URL(import.meta.env.BASE_URL ?? '/', document.baseURI) : new URL('../', import.meta.url);
}

/** URL of a file relative to the kit's base, e.g. `content/en/index.json`. */
export function kitUrl(path: string): string {
  return new URL(path, kitBase()).href;
}

let timeoutMs = 10_000;

/** How long a content request may take before it counts as failed (default 10 s). */
export function contentTimeout(): number {
  return timeoutMs;
}

/** Changes the content timeout (tests; a host on a very slow network). */
export function setContentTimeout(ms: number): void {
  timeoutMs = ms;
}
