// The browser finder (scripts/browser.mjs) on machines described to it: which browser it picks, and
// the one message it gives when there is none. The real machine's search runs in every other
// browser test; these cover the machines this one is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserNotFoundError, HEADLESS_ARGS, searchBrowser } from '../scripts/browser.mjs';

const executable = process.execPath; // any executable file stands in for a browser here
const nothingInstalled = async () => [];
const noPackage = async () => {
  throw Object.assign(new Error("Cannot find module '@sparticuz/chromium'"), { code: 'MODULE_NOT_FOUND' });
};
const packaged = async () => ({ executablePath: '/tmp/packaged/chromium', args: [...HEADLESS_ARGS, '--no-zygote'], source: '@sparticuz/chromium 153.0.0' });

test('CHROME_PATH comes first; a wrong CHROME_PATH is an error naming it, not a reason to look elsewhere', async () => {
  const found = await searchBrowser({ env: { CHROME_PATH: executable }, installed: async () => ['/usr/bin/chromium'], packaged });
  assert.equal(found.executablePath, executable);
  await assert.rejects(searchBrowser({ env: { CHROME_PATH: '/no/such/chrome' }, installed: async () => [executable], packaged }), (error) => {
    assert.ok(error instanceof BrowserNotFoundError);
    assert.match(error.message, /CHROME_PATH is set to \/no\/such\/chrome/);
    return true;
  });
});

test('an installed browser comes before the packaged one; IOP_BROWSER=bundled takes the packaged one', async () => {
  assert.equal((await searchBrowser({ env: {}, platform: 'linux', arch: 'x64', installed: async () => [executable], packaged })).executablePath, executable);
  const bundled = await searchBrowser({ env: { IOP_BROWSER: 'bundled', CHROME_PATH: executable }, platform: 'linux', arch: 'x64', installed: async () => [executable], packaged });
  assert.equal(bundled.executablePath, '/tmp/packaged/chromium');
  assert.equal((await searchBrowser({ env: {}, platform: 'linux', arch: 'x64', installed: nothingInstalled, packaged })).source, '@sparticuz/chromium 153.0.0');
});

test('with no browser at all, one message says what to install or set', async () => {
  await assert.rejects(searchBrowser({ env: {}, platform: 'linux', arch: 'x64', installed: nothingInstalled, packaged: noPackage }), (error) => {
    assert.ok(error instanceof BrowserNotFoundError);
    assert.match(error.message, /set CHROME_PATH/);
    assert.match(error.message, /install Google Chrome or Chromium/);
    assert.match(error.message, /npm ci.*@sparticuz\/chromium/);
    assert.match(error.message, /@sparticuz\/chromium: not installed/);
    return true;
  });
});

test('on a Mac with no Chrome the package is not tried, and the message says it is for Linux x64 only', async () => {
  let tried = false;
  await assert.rejects(
    searchBrowser({ env: {}, platform: 'darwin', arch: 'arm64', installed: nothingInstalled, packaged: async () => ((tried = true), packaged()) }),
    /only on Linux x64; this machine is darwin arm64/,
  );
  assert.equal(tried, false);
});
