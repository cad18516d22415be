// `npm test`'s browser suite: Chromium only (the one scripts/browser.mjs finds, on a machine with
// Node alone the one inside @sparticuz/chromium). Firefox and WebKit: web-test-runner.engines.config.mjs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { common, TIME_ZONE } from './web-test-runner.common.config.mjs';

import { BrowserNotFoundError, findBrowser } from './scripts/browser.mjs';

// The one browser finder (scripts/browser.mjs); no test tool downloads a browser of its own.
// No browser: its one message, and out at once, rather than a stack trace from the config loader.
const { executablePath, args } = await findBrowser().catch((error) => {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exit(1);
});

export default {
  ...common,
  browsers: [
    chromeLauncher({
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.emulateTimezone(TIME_ZONE);
        // The configurator's copy button: the test reads back what it put on the clipboard.
        const session = await page.createCDPSession();
        await session.send('Browser.grantPermissions', { permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
        return page;
      },
      launchOptions: {
        executablePath,
        args,
        timeout: 30_000, // the launch
        protocolTimeout: 60_000, // each command sent to the browser
      },
    }),
  ],
};
