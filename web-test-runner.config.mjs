import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { endpointMiddleware } from './tests/server/endpoint.mjs';
import { strictCspMiddleware } from './tests/server/strict-csp.mjs';

import { BrowserNotFoundError, findBrowser } from './scripts/browser.mjs';

// The one browser finder (scripts/browser.mjs); no test tool downloads a browser of its own.
// No browser: its one message, and out at once, rather than a stack trace from the config loader.
const { executablePath, args } = await findBrowser().catch((error) => {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exit(1);
});

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  middleware: [endpointMiddleware, strictCspMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      // The visitor's time zone is pinned, so the schedule's conversions do not depend on the machine.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.emulateTimezone('America/New_York');
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
  // Nothing waits forever: the browser must start, each file must start and finish, in bounded time.
  browserStartTimeout: 30_000,
  testsStartTimeout: 30_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 5000 } },
};
