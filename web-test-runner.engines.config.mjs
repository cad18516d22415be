// `npm run test:engines`: the same browser suite in Firefox ESR and WebKit, the engines of the
// visitors who are not on Chromium. Run it through scripts/engines.mjs, which finds the engines,
// starts WebKit's WebDriver (under Xvfb when there is no display) and says which are missing.
//   Firefox: firefox-esr driven by puppeteer-core over WebDriver BiDi (no geckodriver);
//   WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver).
// The visitor's time zone is pinned through TZ, which scripts/engines.mjs sets for both browsers.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { common } from './web-test-runner.common.config.mjs';
import { engineCommandsPlugin } from './scripts/engine-commands.mjs';

const { IOP_FIREFOX, IOP_WEBKIT_DRIVER, IOP_MINIBROWSER } = process.env;
if (!IOP_FIREFOX && !IOP_WEBKIT_DRIVER) {
  console.error('web-test-runner.engines.config.mjs: run it as `npm run test:engines` (scripts/engines.mjs), which finds Firefox and WebKit.');
  process.exit(1);
}

const browsers = [];
if (IOP_FIREFOX) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: IOP_FIREFOX,
        headless: true,
        timeout: 30_000,
        protocolTimeout: 60_000,
        extraPrefsFirefox: {
          // The configurator's copy button: the test reads back what it put on the clipboard, which
          // Firefox otherwise allows only after a paste prompt (the pref exists for test harnesses).
          'dom.events.testing.asyncClipboard': true,
        },
      },
    }),
  );
}
if (IOP_WEBKIT_DRIVER) {
  const [hostname, port] = IOP_WEBKIT_DRIVER.split(':');
  browsers.push(
    webdriverLauncher({
      hostname,
      port: Number(port),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver; webdriverio would otherwise ask for BiDi and get no session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: IOP_MINIBROWSER, args: ['--automation'] },
      },
    }),
  );
}

export default {
  ...common,
  browsers,
  plugins: [...common.plugins, engineCommandsPlugin()],
  // One page at a time per engine: the WebDriver launcher runs several only in iframes, which is
  // not how a visitor's page runs the kit.
  concurrency: 1,
};
