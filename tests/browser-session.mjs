// One browser per node test file, closed in `after` whatever happened; each test's server and page
// are closed by that test's own `t.after`, registered as soon as they exist, so a failed launch or
// assertion leaves nothing open and `node --test` exits. No navigation or wait lasts over 15 s.
import { after, before } from 'node:test';
import { launch } from '../scripts/browser.mjs';
import { startServer } from '../demo/serve.mjs';

export function browserSession() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    /** A demo server (demo/serve.mjs's options) for one test, closed when the test ends. */
    async serve(t, options) {
      const server = await startServer(options);
      t.after(() => {
        server.closeAllConnections();
        server.close();
      });
      return server;
    },
    /** A page for one test, closed when the test ends. */
    async newPage(t) {
      const page = await browser.newPage();
      t.after(() => page.close());
      page.setDefaultTimeout(15_000);
      return page;
    },
  };
}
