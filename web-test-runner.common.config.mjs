// What every run of the browser suite shares, whichever engines it drives: the files, the test
// server's endpoints, TypeScript for the test files, and the time limits. web-test-runner.config.mjs
// adds Chromium (`npm test`), web-test-runner.engines.config.mjs Firefox and WebKit (`npm run test:engines`).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { endpointMiddleware } from './tests/server/endpoint.mjs';
import { strictCspMiddleware } from './tests/server/strict-csp.mjs';

/** The visitor's time zone, pinned so that the schedule's conversions do not depend on the machine. */
export const TIME_ZONE = 'America/New_York';

export const common = {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  middleware: [endpointMiddleware, strictCspMiddleware],
  // esbuild strips the test files' types; `npm run typecheck` checks them.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  // Nothing waits forever: the browser must start, each file must start and finish, in bounded time.
  browserStartTimeout: 30_000,
  testsStartTimeout: 30_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 5000 } },
};
