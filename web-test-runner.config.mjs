import { vitePlugin, removeViteLogging } from '@remcovaes/web-test-runner-vite-plugin';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

/** Browser tests: headless Chrome/Chromium, code served through Vite with the fixture library. */
export default {
  files: ['tests/browser/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [vitePlugin({ configFile: 'tests/browser/vite.config.ts' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS } })],
  filterBrowserLogs: removeViteLogging,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
