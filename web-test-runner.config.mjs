import { vitePlugin, removeViteLogging } from '@remcovaes/web-test-runner-vite-plugin';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

/** `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: the stock emulateMedia has no forced colours. */
function forcedColorsPlugin() {
  // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol accepts it.
  // The session stays attached: emulation ends when its session detaches.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}

/** Browser tests: headless Chrome/Chromium, code served through Vite with the fixture library. */
export default {
  files: ['tests/browser/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [vitePlugin({ configFile: 'tests/browser/vite.config.ts' }), forcedColorsPlugin(), a11ySnapshotPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS } })],
  filterBrowserLogs: removeViteLogging,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
