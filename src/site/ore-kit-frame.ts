/**
 * `ore-kit-frame.js`, for the host page: `<script src="BASE/ore-kit-frame.js"></script>` (a
 * classic script; `type="module"` works too). It fits every ore-kit iframe on the page
 * (`BASE/embed.html?…`) to the height its widget reports.
 *
 * A message counts only when it comes from one of those iframes' windows and, unless the frame
 * is sandboxed without `allow-same-origin` (its origin is then opaque, "null"), from the kit's
 * own origin: the origin this script was loaded from. Only numeric heights within bounds count.
 *
 * It imports nothing, so the build leaves it one self-contained file that runs as a classic
 * script; the message type and bounds repeat those of src/shared/embed.ts (the smoke tests
 * prove the two agree).
 */
(() => {
  const MESSAGE = 'ore-kit:resize';
  const MIN = 16;
  const MAX = 20_000;
  const flag = '__oreKitFrame';
  const global = window as unknown as Record<string, unknown>;
  // Loaded twice (a classic and a module copy, or two versions): one listener is enough.
  if (global[flag]) return;
  global[flag] = true;

  // A classic script knows itself; a module has no currentScript, so it finds its own tag.
  const self =
    (document.currentScript as HTMLScriptElement | null)?.src ||
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((src) => /\/ore-kit-frame\.js(?:[?#]|$)/.test(src));
  if (!self) return;
  const embedPage = new URL('embed.html', self).href;
  const kitOrigin = new URL(self).origin;

  const isKitFrame = (frame: HTMLIFrameElement) => {
    try {
      const src = new URL(frame.src, document.baseURI);
      return src.origin === kitOrigin && `${src.origin}${src.pathname}` === embedPage;
    } catch {
      return false;
    }
  };
  const opaque = (frame: HTMLIFrameElement) => frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');

  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN || height > MAX) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source || !isKitFrame(frame)) continue;
      if (event.origin !== kitOrigin && !(event.origin === 'null' && opaque(frame))) return;
      // A property, not a style attribute: host pages with a strict style-src allow it.
      frame.style.blockSize = `${Math.ceil(height)}px`;
      frame.height = String(Math.ceil(height));
      return;
    }
  });
})();
