/**
 * Where the kit's files live. The one-script entry sets this from its own URL, so a page on
 * any origin gets content from the kit's origin; in development it is the dev server's base.
 */
let base: URL | undefined;

export function setKitBase(url: string | URL): void {
  base = new URL(url, document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
}

export function kitBase(): URL {
  return base ?? new URL(import.meta.env?.BASE_URL ?? '/', document.baseURI);
}

/** URL of a file relative to the kit's base, e.g. `content/en/index.json`. */
export function kitUrl(path: string): string {
  return new URL(path, kitBase()).href;
}
