// One place that finds the browser for everything that needs one: web-test-runner, the node tests
// of the demo and React pages, the bench, the WordPress suite. Import `findBrowser` for a path and
// its launch arguments, or `launch` for a puppeteer-core browser with them.
// (Today: CHROME_PATH, else Debian's Chromium. The issue on a machine with Node alone extends it.)

/** Arguments every headless launch needs on a machine with no network but loopback. */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {Promise<{ executablePath: string, args: string[] }>} */
export async function findBrowser() {
  return { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: HEADLESS_ARGS };
}

/** A puppeteer-core browser; `options.args` are added to the headless ones. */
export async function launch(options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { executablePath, args } = await findBrowser();
  return puppeteer.launch({ timeout: 30_000, protocolTimeout: 60_000, ...options, executablePath, args: [...args, ...(options.args ?? [])] });
}
