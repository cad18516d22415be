// `npm run test:engines`: the browser suite in Firefox ESR and WebKit, where they are installed.
// `npm test` runs Chromium alone (the one browser a machine with Node alone has); this is the
// other two engines of the supported browsers (README, "Supported browsers").
//
// The search, each engine on its own:
//   Firefox: FIREFOX_PATH, else firefox-esr or firefox on the PATH (Debian: apt-get install firefox-esr);
//   WebKit: WEBKIT_DRIVER_PATH, else WebKitWebDriver on the PATH, and WebKitGTK's MiniBrowser
//           (Debian: apt-get install webkit2gtk-driver, which brings both).
// A missing engine is named with what to install and left out; with none at all, exit 1.
// IOP_ENGINES=firefox (or webkit) runs one. Extra arguments go to web-test-runner (e.g. --files).
// MiniBrowser needs a display: with no DISPLAY, an Xvfb (apt-get install xvfb) is started for the run.
import { spawn } from 'node:child_process';
import { isExecutableFile } from './browser.mjs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TIME_ZONE } from '../web-test-runner.common.config.mjs';

const MINIBROWSERS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/lib/webkit2gtk-4.1/MiniBrowser'];

const onPath = (name, env) => (env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find(isExecutableFile);

/**
 * Which engines this machine has, and for each missing one what to install.
 * @returns {{ firefox?: string, webkit?: { driver: string, miniBrowser: string }, missing: string[] }}
 */
export function findEngines(env = process.env) {
  const found = { missing: [] };
  const want = new Set((env.IOP_ENGINES ?? 'firefox,webkit').split(',').map((name) => name.trim()));
  if (want.has('firefox')) {
    found.firefox = env.FIREFOX_PATH ? (isExecutableFile(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined) : onPath('firefox-esr', env) ?? onPath('firefox', env);
    if (!found.firefox) found.missing.push(env.FIREFOX_PATH ? `Firefox: FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable file` : 'Firefox: not found (apt-get install firefox-esr, or set FIREFOX_PATH)');
  }
  if (want.has('webkit')) {
    const driver = env.WEBKIT_DRIVER_PATH || onPath('WebKitWebDriver', env);
    const miniBrowser = MINIBROWSERS.find(isExecutableFile);
    if (driver && isExecutableFile(driver) && miniBrowser) found.webkit = { driver, miniBrowser };
    else found.missing.push('WebKit: WebKitWebDriver and MiniBrowser not found (apt-get install webkit2gtk-driver, or set WEBKIT_DRIVER_PATH)');
  }
  return found;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a display it picks itself; resolves with ':N' and the process. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let number = '';
    let stderr = '';
    xvfb.on('error', (error) => reject(new Error(`MiniBrowser needs a display and Xvfb could not start (apt-get install xvfb): ${error.message}`)));
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ display: `:${number.trim()}`, process: xvfb });
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${stderr.trim()}`)));
  });
}

/** Starts WebKitWebDriver on a free port and waits until it answers (at most 20 s). */
async function startWebKitDriver(driver, env) {
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=local'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}) at start`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { address: `127.0.0.1:${port}`, process: child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('WebKitWebDriver did not answer within 20 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(args) {
  const engines = findEngines();
  for (const line of engines.missing) console.log(`test:engines: left out: ${line}`);
  if (!engines.firefox && !engines.webkit) {
    console.error('test:engines: neither Firefox nor WebKit is installed, so nothing ran. `npm test` covers Chromium.');
    return 1;
  }
  // The visitor's zone, pinned for both browsers (MiniBrowser and Firefox read TZ as they start).
  const env = { ...process.env, TZ: TIME_ZONE };
  const children = [];
  const stop = () => children.forEach((child) => child.exitCode === null && child.kill());
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  try {
    if (engines.firefox) {
      env.IOP_FIREFOX = engines.firefox;
      console.log(`test:engines: Firefox: ${engines.firefox}`);
    }
    if (engines.webkit) {
      if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
        const xvfb = await startXvfb();
        children.push(xvfb.process);
        env.DISPLAY = xvfb.display;
      }
      const driver = await startWebKitDriver(engines.webkit.driver, env);
      children.push(driver.process);
      env.IOP_WEBKIT_DRIVER = driver.address;
      env.IOP_MINIBROWSER = engines.webkit.miniBrowser;
      console.log(`test:engines: WebKit: ${engines.webkit.miniBrowser} through ${engines.webkit.driver}`);
    }
    const runner = spawn(process.execPath, [join('node_modules', '@web', 'test-runner', 'dist', 'bin.js'), '--config', 'web-test-runner.engines.config.mjs', ...args], { env, stdio: 'inherit' });
    return await new Promise((resolve) => runner.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  } finally {
    stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2)).catch((error) => {
    console.error(`test:engines: ${error.message}`);
    return 1;
  });
}
