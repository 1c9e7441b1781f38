import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, '..', '..', 'scripts', 'find-chrome.mjs');

describe('finding Chrome for npm test', () => {
  it('without a browser, says how to install one and fails', async () => {
    const failure = await run(process.execPath, [script], { env: { PATH: '/nonexistent' } }).then(
      () => assert.fail('should fail'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /No Chrome or Chromium found on PATH/);
    assert.match(failure.stderr, /apt-get install -y chromium/);
    assert.match(failure.stderr, /CHROME_PATH=/);
  });

  it('CHROME_PATH wins, and a wrong one is named', async () => {
    const ok = await run(process.execPath, [script], { env: { PATH: '/nonexistent', CHROME_PATH: process.execPath } });
    assert.match(ok.stdout, new RegExp(`Browser tests use ${process.execPath.replace(/[/\\.]/g, '\\$&')}`));
    const failure = await run(process.execPath, [script], { env: { CHROME_PATH: '/no/such/chrome' } }).then(
      () => assert.fail('should fail'),
      (error: { stderr: string }) => error,
    );
    assert.match(failure.stderr, /CHROME_PATH is set to "\/no\/such\/chrome", which is not an executable file/);
  });
});
