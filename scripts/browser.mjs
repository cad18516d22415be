// One place that finds the browser for everything that needs one: web-test-runner, the node tests
// of the demo and React pages, the bench, the WordPress suite. Import `findBrowser` for a path and
// its launch arguments, or `launch` for a puppeteer-core browser with them.
//
// The search, first hit wins:
//   1. CHROME_PATH, when set (a wrong path is an error, not a reason to look elsewhere);
//   2. a Chrome or Chromium installed at the usual places on Linux, macOS and Windows (chrome-launcher
//      knows them);
//   3. on Linux x64, the Chromium inside the npm package @sparticuz/chromium (a devDependency, so
//      `npm ci` is all a machine with Node alone needs; nothing is downloaded from a browser vendor).
// IOP_BROWSER=bundled skips 1 and 2: CI uses it to prove the Node-alone path on a machine that has
// a Chromium installed. `node scripts/browser.mjs` prints what was found, or the one message that
// says what to install, and exits 1; `npm test` runs it first so a missing browser fails at once.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * @sparticuz/chromium's flags are made for AWS Lambda. These ones we leave out, because they would
 * test a weaker or different browser than a visitor's (no same-origin policy, no site isolation, one
 * process for everything) or fight ours (its own headless mode).
 */
const LAMBDA_ONLY = [
  /^--single-process$/,
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--disable-site-isolation-trials$/,
  /^--(disable|enable)-features=/,
  /^--headless/,
];

/** How long unpacking the packaged Chromium may take (about 2.5 s on an idle 2-core machine). */
const UNPACK_TIMEOUT_MS = 60_000;

/** The one message for a machine where no browser can be found. */
export class BrowserNotFoundError extends Error {
  name = 'BrowserNotFoundError';
}

const howToGetOne = (platform, arch) =>
  [
    'No Chrome or Chromium found to run the tests. Do one of these:',
    '  - set CHROME_PATH to the executable of a Chrome or Chromium;',
    `  - install Google Chrome or Chromium${platform === 'linux' ? ' (e.g. apt-get install chromium)' : ''} at its usual place;`,
    platform === 'linux' && arch === 'x64'
      ? '  - or run `npm ci` again: it installs @sparticuz/chromium, a Chromium inside an npm package, which the tests use when nothing else is found.'
      : `  - (a Chromium inside an npm package is used only on Linux x64; this machine is ${platform} ${arch}).`,
  ].join('\n');

export const isExecutableFile = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Chrome or Chromium installed at the usual places, best first (chrome-launcher's list). */
async function installedBrowsers() {
  try {
    const { Launcher } = await import('chrome-launcher');
    return Launcher.getInstallations().filter(isExecutableFile);
  } catch {
    return []; // chrome-launcher throws on a platform it does not know, or when it finds none
  }
}

/** The machine's fontconfig setup, if any, plus the fonts that come with @sparticuz/chromium. */
const fontsConf = (home) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(home, 'fonts', 'fonts')}</dir>
  <cachedir>${join(home, 'fonts-cache')}</cachedir>
</fontconfig>
`;

/**
 * Unpacks the Chromium of @sparticuz/chromium once per version and user, under the temp folder.
 * Test files run in parallel processes, so each unpacks into a folder of its own and renames it
 * into place: the first rename wins and no process ever runs a half-written binary.
 */
async function packagedChromium() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  const { default: chromium } = await import(pathToFileURL(entry).href);
  const home = join(tmpdir(), `iop-widgets-chromium-${version}-${process.getuid?.() ?? 'user'}`);
  const executablePath = join(home, 'chromium');
  const ready = join(home, 'unpacked');
  const fontconfig = join(home, 'fonts.conf');
  const complete = () => existsSync(ready) && existsSync(fontconfig) && isExecutableFile(executablePath);
  if (!complete()) {
    await mkdir(tmpdir(), { recursive: true });
    const staging = await mkdtemp(`${home}.tmp-`);
    // executablePath() unpacks into os.tmpdir(), which it reads synchronously before its first
    // await; pointing TMPDIR at the staging folder for that moment keeps other users of /tmp out.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    let unpacking;
    try {
      unpacking = chromium.executablePath();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`unpacking @sparticuz/chromium took over ${UNPACK_TIMEOUT_MS / 1000} s`)), UNPACK_TIMEOUT_MS);
    });
    try {
      await Promise.race([unpacking, timeout]);
      await writeFile(join(staging, 'fonts.conf'), fontsConf(home));
      await writeFile(join(staging, 'unpacked'), `${version}\n`);
      if (existsSync(home) && !complete()) await rm(home, { recursive: true, force: true }); // a broken or older copy
      await rename(staging, home);
    } catch (error) {
      if (!complete()) throw error; // another process put its copy in place first: use that one
    } finally {
      clearTimeout(timer);
      await rm(staging, { recursive: true, force: true });
    }
  }
  // This Chromium reads fonts through fontconfig alone: on a machine with no fonts installed its
  // text would be zero pixels wide. The package's Open Sans is added to whatever the machine has.
  process.env.FONTCONFIG_FILE ??= fontconfig;
  const extra = chromium.args.filter((arg) => !LAMBDA_ONLY.some((flag) => flag.test(arg)) && !HEADLESS_ARGS.includes(arg));
  return { executablePath, args: [...HEADLESS_ARGS, ...extra], source: `@sparticuz/chromium ${version}` };
}

/**
 * The search itself, with the machine passed in so that a test can describe one with nothing on it.
 * @returns {Promise<{ executablePath: string, args: string[], source: string }>}
 */
export async function searchBrowser({
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  installed = installedBrowsers,
  packaged = packagedChromium,
} = {}) {
  const bundledOnly = env.IOP_BROWSER === 'bundled';
  if (env.CHROME_PATH && !bundledOnly) {
    if (isExecutableFile(env.CHROME_PATH)) return { executablePath: env.CHROME_PATH, args: HEADLESS_ARGS, source: 'CHROME_PATH' };
    throw new BrowserNotFoundError(`CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file. Point it at a Chrome or Chromium, or unset it to let the tests look for one.`);
  }
  if (!bundledOnly) {
    const [found] = await installed();
    if (found) return { executablePath: found, args: HEADLESS_ARGS, source: 'installed' };
  }
  let why = '';
  if (platform === 'linux' && arch === 'x64') {
    try {
      return await packaged();
    } catch (error) {
      why = `\n(@sparticuz/chromium: ${error.code === 'MODULE_NOT_FOUND' ? 'not installed' : error.message})`;
    }
  }
  throw new BrowserNotFoundError(`${bundledOnly ? 'IOP_BROWSER=bundled: ' : ''}${howToGetOne(platform, arch)}${why}`);
}

let found;

/** @returns {Promise<{ executablePath: string, args: string[] }>} found once per process */
export async function findBrowser() {
  found ??= searchBrowser();
  const { executablePath, args } = await found;
  return { executablePath, args };
}

/** A puppeteer-core browser; `options.args` are added to the headless ones. */
export async function launch(options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { executablePath, args } = await findBrowser();
  return puppeteer.launch({ timeout: 30_000, protocolTimeout: 60_000, ...options, executablePath, args: [...args, ...(options.args ?? [])] });
}

// `node scripts/browser.mjs`: which browser the tests will use, or the message, once.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    found = searchBrowser();
    const { executablePath, source } = await found;
    console.log(`Browser for the tests: ${executablePath} (${source})`);
  } catch (error) {
    console.error(error instanceof BrowserNotFoundError ? error.message : error);
    process.exitCode = 1;
  }
}
