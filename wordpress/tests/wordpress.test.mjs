// The plugin on real WordPress 6.8 and 6.1 with a real MariaDB, started by stack.sh and driven
// over HTTP and in headless Chromium as a visitor, an admin and a subscriber would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { launch } from '../../scripts/browser.mjs';
import { moduleSource, zipPlugin } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The stack's default; IOP_WP_VERSIONS="6.8" tests one version while working on the plugin.
const VERSIONS = (process.env.IOP_WP_VERSIONS ?? '6.8 6.1').split(/\s+/).filter(Boolean);
/** The kit's elements, as the manifest lists them: the shortcodes come from it, and the page "all" has one of each it knows. */
const manifestTags = JSON.parse(readFileSync(join(dirname(moduleSource), 'custom-elements.json'), 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
const ALL_PAGE = ['iop-facility', 'iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-insurance', 'iop-appointment-form'];
const TAGS = ALL_PAGE.filter((tag) => manifestTags.includes(tag));
const run = promisify(execFile);
/** Every HTTP call is bounded: a hung server fails the test instead of stalling the run. */
const fetch = (url, init = {}) => globalThis.fetch(url, { signal: AbortSignal.timeout(30_000), ...init });
const work = mkdtempSync(join(tmpdir(), 'iop-wp-test-'));
/** Every value a visitor typed in these tests: none may show up in a log or an email. */
const typed = [];

let stack;
let info;
let browser;

before(
  async () => {
    const zip = zipPlugin(join(work, 'iop-widgets.zip'));
    stack = spawn('bash', [join(here, 'stack.sh'), zip], { stdio: ['pipe', 'pipe', 'inherit'] });
    let timer;
    info = await new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('the stack did not start within 8 minutes')), 480_000);
      createInterface({ input: stack.stdout }).on('line', (line) => {
        if (line.startsWith('READY ')) resolve(JSON.parse(line.slice(6)));
      });
      stack.on('exit', (code) => reject(new Error(`stack.sh ended (${code}) before it was ready`)));
      stack.on('error', reject);
    }).finally(() => clearTimeout(timer));
    browser = await launch();
  },
  { timeout: 540_000 },
);

after(
  async () => {
    await browser?.close();
    if (stack && stack.exitCode === null) {
      const ended = new Promise((resolve) => stack.on('exit', resolve));
      stack.stdin.end();
      const timer = setTimeout(() => stack.kill('SIGTERM'), 90_000);
      await ended;
      clearTimeout(timer);
    }
    rmSync(work, { recursive: true, force: true });
  },
  { timeout: 120_000 },
);

const site = (version) => info.sites[version];
const page = (version, slug) => site(version).site.pages[slug];
const endpoint = (version) => `${site(version).url}/wp-json/iop-widgets/v1/requests`;

async function sql(version, query) {
  const { stdout } = await run('mariadb', ['--no-defaults', `--socket=${info.socket}`, '-u', 'root', '-N', '-B', site(version).db, '-e', query], { timeout: 30_000 });
  const lines = stdout.replace(/\n$/, '');
  return lines === '' ? [] : lines.split('\n').map((line) => line.split('\t'));
}
const quote = (value) => `'${String(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;
const rowsFor = (version, key) => sql(version, `SELECT name, phone, email, contact_method, message, consent, locale, program FROM wp_iop_requests WHERE request_key = ${quote(key)}`);
const countFor = async (version, key) => Number((await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE request_key = ${quote(key)}`))[0][0]);

async function cli(version, ...args) {
  const { stdout } = await run('php', [info.cli, ...args], { env: { ...process.env, ...site(version).env }, timeout: 60_000 });
  return JSON.parse(stdout);
}

/** A request as the form sends it. */
function request(overrides = {}) {
  const id = randomUUID();
  const name = `Test Visitor ${id.slice(0, 8)}`;
  typed.push(name);
  return { name, phone: '(555) 010-0142', email: `v-${id.slice(0, 8)}@example.org`, consent: true, requestId: id, submittedAt: new Date().toISOString(), locale: 'en-US', ...overrides };
}

function send(version, body, { form = false, key = body.requestId, auth, from, accept, referer } = {}) {
  const headers = {};
  if (key) headers['Idempotency-Key'] = key;
  if (auth) headers.Authorization = auth;
  // A visitor behind the trusted proxy (the tests' own address, once the settings trust it).
  if (from) headers['X-Forwarded-For'] = from;
  if (accept) headers.Accept = accept;
  if (referer) headers.Referer = referer;
  if (!form) headers['Content-Type'] = 'application/json';
  const payload = form ? new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])) : JSON.stringify(body);
  return fetch(endpoint(version), { method: 'POST', headers, body: payload, redirect: 'manual' });
}
/** A fresh visitor address for each use (TEST-NET-3 and documentation IPv6), so tests do not share a limit. */
let addresses = 0;
const address = () => `203.0.113.${++addresses}`;

const basic = (version, who) => `Basic ${Buffer.from(`${site(version).site[who].user}:${site(version).site[who].app}`).toString('base64')}`;

/** Logs in with the login form over HTTP; returns the session's cookies as a header. */
async function login(version, who) {
  const { user, password } = site(version).site[who];
  const response = await fetch(`${site(version).url}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: 'wordpress_test_cookie=WP%20Cookie%20check', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1' }),
  });
  assert.equal(response.status, 302, `${who} could not log in`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

/** An admin's browser session. */
async function adminPage(version) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${site(version).url}/wp-login.php`, { waitUntil: 'load' });
  // Set, not typed: wp-login.php focuses and selects the user field 200 ms after load, and typing
  // across that moment replaced what was typed so far (a login that failed now and then).
  await tab.$eval('#user_login', (el) => (el.value = 'admin'));
  await tab.$eval('#user_pass', (el, password) => (el.value = password), site(version).site.admin.password);
  await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('#wp-submit')]);
  assert.ok(!tab.url().includes('wp-login.php'), `the admin could not log in (${tab.url()})`);
  return { tab, context };
}

/** Opens a page in a fresh context, recording config errors and console warnings. */
async function visit(url, width = 1280) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width, height: 900 });
  const warnings = [];
  tab.on('console', (message) => ['warn', 'error'].includes(message.type()) && warnings.push(message.text()));
  tab.on('pageerror', (error) => warnings.push(String(error)));
  await tab.evaluateOnNewDocument(() => {
    window.configErrors = [];
    document.addEventListener('iop-config-error', (event) => window.configErrors.push(event.composedPath()[0].localName + ': ' + JSON.stringify(event.detail.issues)));
  });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 20_000 }, TAGS);
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete)));
  return { tab, context, warnings };
}

const decode = (text) => text.replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const html = async (url) => (await fetch(url)).text();
/** The declarative shadow roots a page's HTML carries (issue 24.5). */
const templates = (text) => [...text.matchAll(/<template shadowrootmode="open">(.*?)<\/template>/gs)].map((m) => m[1]);
/** What a reader of that HTML sees: no styles, no tags, entities decoded, spaces collapsed. */
const visibleText = (markup) => decode(markup.replace(/<style>.*?<\/style>/gs, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' ')).replace(/[\s\u00a0\u202f]+/g, ' ');

/** The admin opens the settings page, whose browser writes the content of every shortcode that has none yet. */
async function writeContent(version) {
  const { tab, context } = await adminPage(version);
  await tab.goto(`${site(version).url}/wp-admin/options-general.php?page=iop-widgets-settings`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('#iop-prerender')?.dataset.state !== 'pending', { timeout: 60_000 });
  const result = await tab.$eval('#iop-prerender', (el) => ({ state: el.dataset.state, text: el.textContent.trim() }));
  await tab.screenshot({ path: `/tmp/iop-wp-${version}-prerender-notice.png` });
  await context.close();
  return result;
}

for (const version of VERSIONS) {
  describe(`WordPress ${version}`, { concurrency: false, timeout: 300_000 }, () => {
    test('the site runs this WordPress, and the plugin installed from its zip serves dist/iop-widgets.js as JavaScript', async () => {
      assert.equal(site(version).site.version.split('.').slice(0, 2).join('.'), version);
      const installed = join(site(version).content, 'plugins/iop-widgets/assets/iop-widgets.js');
      assert.ok(readFileSync(installed).equals(readFileSync(moduleSource)), 'the installed module differs from dist/iop-widgets.js');
      const served = await fetch(`${site(version).url}/wp-content/plugins/iop-widgets/assets/iop-widgets.js`);
      assert.equal(served.status, 200);
      assert.match(served.headers.get('content-type'), /^text\/javascript/);
      assert.ok(Buffer.from(await served.arrayBuffer()).equals(readFileSync(moduleSource)));
    });

    test('shortcode output is escaped for its place: text in attributes, JSON still JSON', async () => {
      const escaped = await html(page(version, 'escaped'));
      assert.match(escaped, /<iop-therapy-list[^>]* heading="&lt;script&gt;window\.pwned = 1&lt;\/script&gt;"/);
      assert.doesNotMatch(escaped, /<script>window\.pwned/);
      assert.match(escaped, /<iop-schedule[^>]* heading="Women&#0?39;s group"/);

      const all = await html(page(version, 'all'));
      const programs = all.match(/<iop-appointment-form[^>]* programs="([^"]*)"/);
      assert.deepEqual(JSON.parse(decode(programs[1])), ['Evening IOP', "Women's group"]);
      assert.deepEqual(JSON.parse(decode(all.match(/<iop-appointment-form[^>]* fields="([^"]*)"/)[1])), { insurance: 'hidden', message: 'optional' });
      const script = all.match(/<iop-schedule[^>]*><script type="application\/json">(.*?)<\/script><\/iop-schedule>/s);
      assert.ok(script, 'the schedule has no JSON script child');
      assert.doesNotMatch(script[1], /<b>/, 'a tag inside the JSON could end the script early');
      assert.equal(JSON.parse(script[1]).tracks[0].name, "Women's group");
      assert.equal(JSON.parse(script[1]).tracks[0].note, 'Childcare <b>on site</b>');
    });

    test('the module is on the page once however many shortcodes, as a module, and only on pages that use it', async () => {
      const all = await html(page(version, 'all'));
      const tags = all.match(/<script\b[^>]*iop-widgets\.js[^>]*>/g) ?? [];
      assert.equal(tags.length, 1, `expected one script for the module, found ${tags.length}`);
      assert.match(tags[0], /type="module"/);
      // 6.5+ has script modules; older WordPress gets the same file in a type="module" script tag.
      assert.match(tags[0], version === '6.8' ? /id="iop-widgets-js-module"/ : /id='iop-widgets-js'/);
      assert.doesNotMatch(await html(page(version, 'plain')), /iop-widgets\.js/);
    });

    test('every element of the kit upgrades with no configuration error, and text from shortcodes stays text', async () => {
      for (const width of [1280, 320]) {
        const { tab, context, warnings } = await visit(page(version, 'all'), width);
        const upgraded = await tab.evaluate((tags) => tags.filter((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount), TAGS);
        assert.deepEqual(upgraded, TAGS);
        assert.deepEqual(manifestTags.filter((tag) => !ALL_PAGE.includes(tag)), [], 'an element of the kit is missing from the page "all" (tests/fixtures/pages.json)');
        assert.deepEqual(await tab.evaluate(() => window.configErrors), []);
        assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('[part~="error"]')).map((el) => el.localName)), []);
        assert.deepEqual(warnings, []);
        const programs = await tab.evaluate(() => [...document.querySelector('iop-appointment-form').shadowRoot.querySelectorAll('select[name="program"] option')].map((o) => o.textContent.trim()));
        assert.deepEqual(programs.slice(1), ['Evening IOP', "Women's group"]);
        await tab.screenshot({ path: `/tmp/iop-wp-${version}-all-${width}.png`, fullPage: true });
        await context.close();
      }
      const { tab, context } = await visit(page(version, 'escaped'));
      const headings = await tab.evaluate(() => ['iop-therapy-list', 'iop-schedule'].map((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="heading"]').textContent.trim()));
      assert.deepEqual(headings, ['<script>window.pwned = 1</script>', "Women's group"]);
      assert.equal(await tab.evaluate(() => window.pwned), undefined);
      await context.close();
    });

    let visitor;
    let newKeys;
    test('a visitor fills the form and sends it: exactly one row with those values', async () => {
      const { tab, context, warnings } = await visit(page(version, 'all'));
      await tab.evaluate(() => {
        window.submitted = [];
        document.addEventListener('iop-submitted', (event) => window.submitted.push(event.detail));
      });
      const id = randomUUID().slice(0, 8);
      visitor = { name: `Ana García ${id}`, phone: '(555) 010-0142', email: `ana-${id}@example.org`, message: `Evenings only, it's for my brother ${id}` };
      typed.push(visitor.name, visitor.email, visitor.message);
      const form = 'iop-appointment-form >>> ';
      await tab.type(`${form}#f-name`, visitor.name);
      await tab.type(`${form}#f-phone`, visitor.phone);
      await tab.type(`${form}#f-email`, visitor.email);
      await tab.click(`${form}input[name="contactMethod"][value="text"]`);
      await tab.select(`${form}#f-program`, "Women's group");
      await tab.type(`${form}#f-message`, visitor.message);
      await tab.click(`${form}#f-consent`);
      await tab.click(`${form}[part~="submit"]`);
      await tab.waitForSelector(`${form}[part~="confirmation"]`, { timeout: 20_000 });
      const [{ requestId, status }] = await tab.evaluate(() => window.submitted);
      assert.equal(status, 201);
      visitor.requestId = requestId;
      assert.deepEqual(await rowsFor(version, requestId), [[visitor.name, visitor.phone, visitor.email, 'text', visitor.message, '1', 'en', "Women's group"]]);
      assert.deepEqual(warnings, []);
      await context.close();
    });

    test('the same request again is answered 200 and is still one row, as JSON and as urlencoded', async () => {
      const body = request();
      assert.equal((await send(version, body, { form: true })).status, 201);
      assert.equal((await send(version, body, { form: true })).status, 200);
      assert.equal((await send(version, body, { form: true, key: null })).status, 200, 'requestId alone, without the header');
      assert.deepEqual(await rowsFor(version, body.requestId), [[body.name, body.phone, body.email, '', '', '1', 'en-US', '']]);
    });

    test('two keys that differ only in case are two requests (the key is compared byte for byte)', async () => {
      const lower = request({ requestId: `abcdef-${randomUUID().slice(0, 8)}` });
      const upper = { ...lower, requestId: lower.requestId.toUpperCase() };
      assert.equal((await send(version, lower)).status, 201);
      assert.equal((await send(version, upper)).status, 201);
      assert.equal(await countFor(version, lower.requestId), 1);
      assert.equal(await countFor(version, upper.requestId), 1);
    });

    test('twenty sends of one request at the same moment are one row', async () => {
      const body = request();
      const statuses = await Promise.all(Array.from({ length: 20 }, () => send(version, body).then((r) => r.status)));
      assert.deepEqual(statuses.filter((s) => s === 201).length, 1, `statuses: ${statuses}`);
      assert.ok(statuses.every((s) => s === 201 || s === 200), `statuses: ${statuses}`);
      assert.equal(await countFor(version, body.requestId), 1);
    });

    test('issue 28.1: an endpoint in a shortcode counts only on content written by someone who may change the settings', async () => {
      // The last of them: an administrator's post that an Author (an Editor, on a real site) changed last.
      for (const slug of ['author-form', 'author-facility', 'edited-by-author']) {
        const text = await html(page(version, slug));
        assert.match(text, /<iop-appointment-form/, slug);
        assert.doesNotMatch(text, /attacker\.example/, `${slug}: an Author's endpoint reached the page`);
      }
      // The Author's form still sends to this site, as the settings say.
      const alone = await html(page(version, 'author-form'));
      assert.match(alone, /<iop-appointment-form[^>]* endpoint="\/wp-json\/iop-widgets\/v1\/requests"/);
      assert.equal(JSON.parse(alone.match(/<iop-appointment-form[^>]*><script type="application\/json">(.*?)<\/script>/s)[1]).heading, 'Ask us');
      const inside = await html(page(version, 'author-facility'));
      assert.match(inside, /<iop-facility[^>]* endpoint="\/wp-json\/iop-widgets\/v1\/requests"/);
      // An administrator's page may send elsewhere.
      assert.match(await html(page(version, 'admin-endpoint')), /<iop-appointment-form[^>]* endpoint="https:\/\/requests\.example\.org\/in"/);
    });

    test('issue 28.2: behind a trusted proxy each visitor has their own limit; parallel sends cannot pass it; Retry-After tells the truth', async () => {
      // Not trusted: X-Forwarded-For is anyone's to write, so it changes nothing.
      const spoofed = request();
      assert.equal((await send(version, spoofed, { from: address() })).status, 201);
      assert.equal((await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE request_key = ${quote(spoofed.requestId)} AND client_hash = (SELECT client_hash FROM (SELECT client_hash FROM wp_iop_requests WHERE request_key = ${quote(visitor.requestId)}) AS v)`))[0][0], '1', 'a forwarded address was believed from an untrusted client');
      await cli(version, 'settings', JSON.stringify({ proxies: ['127.0.0.1', '::1'] }));
      const one = address();
      const statuses = await Promise.all(Array.from({ length: 14 }, () => send(version, request(), { from: `10.9.8.7, ${one}` }).then((r) => r.status)));
      assert.equal(statuses.filter((s) => s === 201).length, 10, `statuses: ${statuses}`);
      assert.equal(statuses.filter((s) => s === 429).length, 4, `statuses: ${statuses}`);
      const refused = await send(version, request(), { from: one });
      assert.equal(refused.status, 429);
      const retry = Number(refused.headers.get('retry-after'));
      assert.ok(retry > 3000 && retry <= 3600, `Retry-After ${retry}: the limit lasts until the first of the ten is an hour old`);
      // Another visitor behind the same proxy is not locked out.
      assert.equal((await send(version, request(), { from: address() })).status, 201);
      assert.equal((await send(version, request(), { from: '2001:db8:1:2::5' })).status, 201);
    });

    test('issue 28.4: the client hash is cleared once the hour it is counted for is over', async () => {
      const old = request();
      assert.equal((await send(version, old, { from: address() })).status, 201);
      assert.match((await sql(version, `SELECT client_hash FROM wp_iop_requests WHERE request_key = ${quote(old.requestId)}`))[0][0], /^[0-9a-f]{64}$/);
      await sql(version, `UPDATE wp_iop_requests SET created_at = created_at - INTERVAL 61 MINUTE WHERE request_key = ${quote(old.requestId)}`);
      assert.equal((await send(version, request(), { from: address() })).status, 201);
      assert.deepEqual(await sql(version, `SELECT client_hash = '' FROM wp_iop_requests WHERE request_key = ${quote(old.requestId)}`), [['1']]);
      const [[left]] = await sql(version, "SELECT COUNT(*) FROM wp_iop_requests WHERE client_hash <> '' AND created_at < UTC_TIMESTAMP() - INTERVAL 1 HOUR");
      assert.equal(left, '0');
    });

    test('issue 28.5: a reused key with other values is refused 409 and the first request kept; a limited address learns nothing', async () => {
      const first = request();
      assert.equal((await send(version, first, { from: address() })).status, 201);
      const other = { ...first, name: 'Someone Else', message: 'different' };
      const reused = await send(version, other, { from: address() });
      assert.equal(reused.status, 409);
      assert.equal((await reused.json()).code, 'iop_widgets_key_reused');
      assert.equal((await rowsFor(version, first.requestId))[0][0], first.name);
      // From an address at its limit, a stored key and an unknown one get the same answer.
      const limited = address();
      for (let i = 0; i < 10; i++) assert.equal((await send(version, request(), { from: limited })).status, 201);
      assert.equal((await send(version, first, { from: limited })).status, 429);
      assert.equal((await send(version, request(), { from: limited })).status, 429);
    });

    test('issue 28.5: values are stored as typed, and text that is not text is refused, in the visitor\'s language', async () => {
      const slashes = request({ message: 'a\\b C:\\new' });
      assert.equal((await send(version, slashes, { form: true, from: address() })).status, 201);
      assert.equal((await rowsFor(version, slashes.requestId))[0][4], 'a\\\\b C:\\\\new', 'backslashes lost'); // mariadb -B escapes them
      const cases = {
        name: ['\u00a0\u3164\u200b', '\u3000', 'Ana\nPhone: 555-000-0000', 'Ana\tB', 'Ana\u0085', 'Ana\u202eenaJ', true, 1e400],
        program: ['Evening\rIOP'],
        phone: [5550100142],
      };
      for (const [field, values] of Object.entries(cases)) {
        for (const value of values) {
          const body = request({ [field]: value });
          const raw = JSON.stringify(body).replace('1e+400', '1e400').replace('null', '1e400');
          const response = await fetch(endpoint(version), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address() }, body: typeof value === 'number' && !Number.isFinite(value) ? raw : JSON.stringify(body) });
          assert.equal(response.status, 400, `${field}: ${JSON.stringify(value)}`);
          assert.ok((await response.json()).errors[field], `${field}: ${JSON.stringify(value)}`);
          assert.equal(await countFor(version, body.requestId), 0);
        }
      }
      // A message keeps its line breaks.
      const lines = request({ message: 'Line one\nLine two' });
      assert.equal((await send(version, lines, { from: address() })).status, 201);
      const spanish = await send(version, request({ name: '', locale: 'es-MX' }), { from: address() });
      const answer = await spanish.json();
      assert.equal(answer.errors.name, 'Escriba su nombre.');
      assert.equal(answer.message, 'Revise algunos campos.');
    });

    test('issue 23.10: the phone rule matches the kit\'s for a non-breaking or thin space', async () => {
      for (const phone of ['(555)\u00a0010-0142', '555\u2009010\u20090142', '+44\u202f20\u00a07946\u00a00958']) {
        const body = request({ phone });
        assert.equal((await send(version, body, { from: address() })).status, 201, JSON.stringify(phone));
      }
      assert.equal((await send(version, request({ phone: '555\u00a00142' }), { from: address() })).status, 400);
    });

    test('issue 26: who it is for, discretion, the visitor\'s zone and the coverage questions are accepted, checked and stored', async () => {
      const body = request({ forWhom: 'someone-else', leaveMessage: 'no', timeZone: 'America/Los_Angeles', bestTime: 'evening', contactMethod: 'phone', insurance: 'Blue Cross Blue Shield', memberId: 'XQ-1234', policyHolder: 'parent' });
      assert.equal((await send(version, body, { from: address() })).status, 201);
      assert.deepEqual(await sql(version, `SELECT for_whom, leave_message, time_zone, best_time, insurance, member_id, policy_holder FROM wp_iop_requests WHERE request_key = ${quote(body.requestId)}`), [['someone-else', 'no', 'America/Los_Angeles', 'evening', 'Blue Cross Blue Shield', 'XQ-1234', 'parent']]);
      const form = request({ forWhom: 'self', leaveMessage: 'yes', timeZone: 'Europe/Madrid', policyHolder: 'self' });
      assert.equal((await send(version, form, { form: true, from: address() })).status, 201);
      assert.deepEqual(await sql(version, `SELECT for_whom, leave_message, time_zone, policy_holder FROM wp_iop_requests WHERE request_key = ${quote(form.requestId)}`), [['self', 'yes', 'Europe/Madrid', 'self']]);
      const bad = await send(version, request({ forWhom: 'cousin', leaveMessage: 'maybe', policyHolder: 'boss' }), { from: address() });
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys((await bad.json()).errors).sort(), ['forWhom', 'leaveMessage', 'policyHolder']);
      // An unknown zone is a hint lost, not a request lost.
      const zone = request({ timeZone: 'Mars/Olympus_Mons' });
      assert.equal((await send(version, zone, { from: address() })).status, 201);
      assert.deepEqual(await sql(version, `SELECT time_zone = '' FROM wp_iop_requests WHERE request_key = ${quote(zone.requestId)}`), [['1']]);
      newKeys = body;
    });

    test('issue 28.5: the kit on another site may send Idempotency-Key (CORS preflight)', async () => {
      const response = await fetch(endpoint(version), { method: 'OPTIONS', headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    });

    test('issue 24.3: a browser\'s post with no script is answered 303 to a confirmation; two bodies under one id are two requests, one body twice is one', async () => {
      const referer = page(version, 'form');
      const id = randomUUID();
      const a = request({ requestId: id });
      delete a.submittedAt;
      const b = { ...a, name: `${a.name} B` };
      typed.push(b.name);
      const first = await send(version, a, { form: true, key: null, accept: 'text/html', referer, from: address() });
      assert.equal(first.status, 303);
      assert.match(first.headers.get('location'), /[?&]iop-sent=1/);
      assert.ok(first.headers.get('location').startsWith(site(version).url), first.headers.get('location'));
      assert.equal((await send(version, a, { form: true, key: null, accept: 'text/html', referer, from: address() })).status, 303);
      assert.equal((await send(version, b, { form: true, key: null, accept: 'text/html', referer, from: address() })).status, 303);
      const names = await sql(version, `SELECT name FROM wp_iop_requests WHERE name IN (${quote(a.name)}, ${quote(b.name)}) ORDER BY id`);
      assert.deepEqual(names, [[a.name], [b.name]]);
      // With no id at all (a static page), the body decides the same way.
      const c = request();
      delete c.requestId;
      delete c.submittedAt;
      for (let i = 0; i < 2; i++) assert.equal((await send(version, c, { form: true, key: null, accept: 'text/html', referer, from: address() })).status, 303);
      assert.deepEqual(await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE name = ${quote(c.name)}`), [['1']]);
      // A script client reusing a key with another body is still refused.
      assert.equal((await send(version, { ...a, name: 'Other', requestId: id }, { form: true, from: address() })).status, 409);
      // The page it is sent back to says the request arrived.
      const back = await html(first.headers.get('location'));
      assert.match(back, /id="iop-sent"/);
      // Mistakes come back as a page that names them, in the visitor's language, and nothing is stored.
      const wrong = request({ name: '', locale: 'es-US' });
      delete wrong.requestId;
      const refused = await send(version, wrong, { form: true, key: null, accept: 'text/html', referer, from: address() });
      assert.equal(refused.status, 400);
      assert.match(refused.headers.get('content-type'), /^text\/html/);
      const page400 = await refused.text();
      assert.match(page400, /<html lang="es">/);
      assert.match(page400, /name: Escriba su nombre\./);
      assert.deepEqual(await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE email = ${quote(wrong.email)}`), [['0']]);
      // Or a confirmation page of the facility's choosing.
      const plainId = (await cli(version, 'page-id', 'plain')).id;
      await cli(version, 'settings', JSON.stringify({ confirmation_page: plainId }));
      const chosen = await send(version, request(), { form: true, key: null, accept: 'text/html', referer, from: address() });
      assert.equal(chosen.status, 303);
      assert.ok(chosen.headers.get('location').startsWith(site(version).url), chosen.headers.get('location'));
      assert.match(await html(chosen.headers.get('location')), /No elements on this page\./);
      await cli(version, 'settings', JSON.stringify({ confirmation_page: 0 }));
    });

    test('issue 24.5: without script the page\'s HTML has the crisis lines, the phone, the level of care, the therapies, the schedule times, the JSON-LD and a form that posts', async () => {
      await cli(version, 'settings', JSON.stringify({ name: 'Riverbend Recovery', phone: '(555) 010-0100', timezone: 'America/Chicago' }));
      const bare = await html(page(version, 'all'));
      assert.doesNotMatch(bare, /shadowrootmode/, 'content written out that the kit did not render for these settings');
      // Until the settings page writes it, every admin screen says so.
      const admin = await login(version, 'admin');
      assert.match(await (await fetch(`${site(version).url}/wp-admin/`, { headers: { Cookie: admin } })).text(), /id="iop-prerender-stale"/);
      const written = await writeContent(version);
      assert.equal(written.state, 'done', written.text);
      assert.doesNotMatch(await (await fetch(`${site(version).url}/wp-admin/`, { headers: { Cookie: admin } })).text(), /id="iop-prerender-stale"/);

      const text = await html(page(version, 'all'));
      const roots = templates(text);
      assert.equal(roots.length, TAGS.length, 'one declarative shadow root per element');
      const seen = visibleText(roots.join(' '));
      // Crisis lines and the facility's phone, as links.
      assert.match(text, /href="tel:988"/);
      assert.match(seen, /988/);
      assert.match(text, /href="tel:\+?1?5550100100"/);
      assert.match(seen, /555\D+010\D+0100/);
      // The level of care (its table), the therapies and the schedule's times in the program's zone.
      assert.match(seen, /Intensive outpatient \(IOP\) This program/);
      assert.match(seen, /Cognitive behavioral therapy \(CBT\)/);
      assert.match(seen, /Times are Central Time\./);
      assert.match(seen, /Tuesday 6:00\W+9:00 PM Thursday 6:00\W+9:00 PM/);
      // Every style the element uses comes with it (Lit keeps them in adoptedStyleSheets in a browser).
      for (const root of roots) assert.match(root, /^<style>[^<]{20,}<\/style>/, root.slice(0, 200));
      assert.doesNotMatch(text, /<!--\?lit\$/, 'Lit\'s markers were written out');
      // The facility's JSON-LD in the head.
      const head = text.slice(0, text.indexOf('</head>'));
      const ld = head.match(/<script type="application\/ld\+json" data-iop-prerendered>(.*?)<\/script>/s);
      assert.ok(ld, 'no JSON-LD in the head');
      assert.equal(JSON.parse(ld[1]).name, 'Riverbend Recovery');

      // The form: a plain post to the plugin's REST route; sent as a browser sends it, one row and a 303.
      const formRoot = roots[TAGS.indexOf('iop-appointment-form')];
      const form = formRoot.match(/<form\b[^>]*>/)[0];
      assert.match(form, / method="post"/);
      assert.match(form, / action="\/wp-json\/iop-widgets\/v1\/requests"/);
      assert.match(form, / enctype="application\/x-www-form-urlencoded"/);
      assert.doesNotMatch(form, /novalidate/);
      assert.match(formRoot, /<input\b[^>]*name="consent"[^>]*required/);
      const fields = new URLSearchParams();
      for (const [input] of formRoot.matchAll(/<input\b[^>]*>/g)) {
        const name = input.match(/ name="([^"]*)"/)?.[1];
        const type = input.match(/ type="([^"]*)"/)?.[1] ?? 'text';
        if (name && type === 'hidden') fields.append(name, decode(input.match(/ value="([^"]*)"/)?.[1] ?? ''));
      }
      const name = `No Script ${randomUUID().slice(0, 8)}`;
      typed.push(name);
      fields.set('name', name);
      fields.set('phone', '(555) 010-0142');
      fields.set('consent', 'on');
      const action = new URL(decode(form.match(/ action="([^"]*)"/)[1]), page(version, 'all')).href;
      const post = () => fetch(action, { method: 'POST', redirect: 'manual', headers: { Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded', Referer: page(version, 'all'), 'X-Forwarded-For': address() }, body: fields });
      const sent = await post();
      assert.equal(sent.status, 303);
      assert.match(sent.headers.get('location'), /[?&]iop-sent=1/);
      assert.equal((await post()).status, 303);
      assert.deepEqual(await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE name = ${quote(name)}`), [['1']]);

      // A page served to a browser that runs no script shows it, and its form posts.
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setJavaScriptEnabled(false);
      await tab.goto(page(version, 'all'), { waitUntil: 'load' });
      const shown = await tab.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-')).map((el) => el.shadowRoot?.textContent ?? ''));
      assert.equal(shown.length, TAGS.length);
      assert.ok(shown.every((words) => words.trim().length > 0), 'an element shows nothing');
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-noscript-1280.png`, fullPage: true });
      await tab.setViewport({ width: 320, height: 900 });
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-noscript-320.png`, fullPage: true });
      const other = `No Script Browser ${randomUUID().slice(0, 8)}`;
      typed.push(other);
      await tab.type('iop-appointment-form >>> [name="name"]', other);
      await tab.type('iop-appointment-form >>> [name="phone"]', '(555) 010-0142');
      await tab.click('iop-appointment-form >>> [name="consent"]');
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('iop-appointment-form >>> [part~="submit"]')]);
      assert.match(tab.url(), /[?&]iop-sent=1/);
      assert.ok(await tab.$('#iop-sent'), 'no confirmation on the page it came back to');
      assert.deepEqual(await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE name = ${quote(other)}`), [['1']]);
      await context.close();

      // With the module, each element takes its content over: no configuration error, nothing twice.
      const { tab: live, context: liveContext, warnings } = await visit(page(version, 'all'));
      assert.deepEqual(await live.evaluate(() => window.configErrors), []);
      assert.deepEqual(await live.evaluate(() => document.querySelectorAll('iop-appointment-form')[0].shadowRoot.querySelectorAll('form').length), 1);
      assert.deepEqual(warnings, []);
      await liveContext.close();
    });

    test('issue 24.5: stored content can only be written by a user who may change the settings, with the page\'s nonce; a changed setting is never shown old content', async () => {
      const before = await html(page(version, 'all'));
      assert.match(before, /shadowrootmode/);
      const forged = new URLSearchParams({ action: 'iop_widgets_prerender', rendered: JSON.stringify({ any: { t: ['<b>forged</b>'], ld: [] } }) });
      const post = (cookie, nonce = '') => fetch(`${site(version).url}/wp-admin/admin-post.php`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) }, body: new URLSearchParams({ ...Object.fromEntries(forged), _wpnonce: nonce }) });
      assert.equal((await post(null)).status, 403, 'anonymous');
      assert.equal((await post(await login(version, 'subscriber'))).status, 403, 'a subscriber');
      assert.equal((await post(await login(version, 'admin'))).status, 403, 'an admin without the nonce');
      assert.equal(await html(page(version, 'all')), before);
      // Content is written out only for exactly the settings it was rendered with.
      await cli(version, 'settings', JSON.stringify({ phone: '(555) 010-0199' }));
      assert.doesNotMatch(await html(page(version, 'all')), /shadowrootmode|010-0100/);
      // Even with the page's nonce, an admin's own markup that would run script is refused: only what the kit writes is stored.
      const { tab, context } = await adminPage(version);
      await tab.setRequestInterception(true);
      // The settings page's own renderer is kept from sending; the forgeries below are sent instead.
      tab.on('request', (r) => (r.url().includes('admin-post.php') && r.method() === 'POST' && !r.headers()['x-forgery'] ? r.abort() : r.continue()));
      await tab.goto(`${site(version).url}/wp-admin/options-general.php?page=iop-widgets-settings`, { waitUntil: 'load' });
      await tab.waitForFunction(() => document.querySelector('#iop-prerender')?.dataset.state !== 'pending', { timeout: 60_000 });
      // The last four separate attributes with `/`, or hide script in SVG: a browser runs them all.
      const forgeries = ['<p onclick="alert(1)">x</p>', '<script>alert(1)</script>', '<a href=" JaVa&#x73;cript:alert(1)">x</a>', '<img src=x onerror=alert(1)>', '<iframe srcdoc="x"></iframe>',
        '<img/src="x"/onerror=alert(1)>', '<a/href=javascript:alert(1)>x</a>', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>', '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>'];
      const answers = await tab.evaluate(async (forgeries) => {
        const config = JSON.parse(document.getElementById('iop-prerender-jobs').textContent);
        const statuses = [];
        for (const bad of forgeries) {
          const rendered = Object.fromEntries(config.jobs.map((job) => [job.sig, { t: job.html.match(/<iop-[a-z0-9-]*[a-z0-9][\s>]/g).map(() => `<style>:host{display:block}</style>${bad}`), ld: [] }]));
          const body = new URLSearchParams({ action: 'iop_widgets_prerender', _wpnonce: config.nonce, rendered: JSON.stringify(rendered) });
          statuses.push((await fetch(config.post, { method: 'POST', body, headers: { 'X-Forgery': '1' } })).status);
        }
        return statuses;
      }, forgeries);
      await context.close();
      assert.deepEqual(answers, forgeries.map(() => 400));
      assert.doesNotMatch(await html(page(version, 'all')), /shadowrootmode|alert\(1\)/);
      assert.equal((await writeContent(version)).state, 'done');
      assert.match(await html(page(version, 'all')), /href="tel:\+?1?5550100199"/);
    });

    test('issue 24.5: an XSS payload in a setting stays text in the written content and the JSON-LD', async () => {
      const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
      await cli(version, 'settings', JSON.stringify({ name: payload }));
      assert.equal((await writeContent(version)).state, 'done');
      const text = await html(page(version, 'all'));
      assert.equal(templates(text).length, TAGS.length);
      assert.doesNotMatch(text, /<img src=x/);
      assert.doesNotMatch(text, /<script>window\.pwned/);
      assert.match(templates(text).join(''), /&lt;img src=x onerror="window\.pwned=1"&gt;/);
      const ld = text.match(/<script type="application\/ld\+json" data-iop-prerendered>(.*?)<\/script>/s);
      assert.equal(JSON.parse(ld[1]).name, payload);
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setJavaScriptEnabled(false);
      await tab.goto(page(version, 'all'), { waitUntil: 'load' });
      assert.equal(await tab.evaluate(() => document.querySelectorAll('img[src="x"]').length + [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('img[src="x"], script')).length), 0);
      await context.close();
      const { tab: live, context: liveContext } = await visit(page(version, 'all'));
      assert.equal(await live.evaluate(() => window.pwned), undefined);
      await liveContext.close();
      await cli(version, 'settings', JSON.stringify({ name: 'Riverbend Recovery' }));
    });

    test('issue 24.5: a Spanish site\'s page carries its content in Spanish', async () => {
      await cli(version, 'settings', JSON.stringify({ lang: 'es' }));
      assert.doesNotMatch(await html(page(version, 'form')), /shadowrootmode/, 'English content written out for a Spanish site');
      assert.equal((await writeContent(version)).state, 'done');
      const seen = visibleText(templates(await html(page(version, 'form'))).join(' '));
      assert.match(seen, /Si está en crisis, llame al 988 \(oprima el 2 para español\)/);
      assert.doesNotMatch(seen, /If you are in crisis/);
      await cli(version, 'settings', JSON.stringify({ lang: 'en' }));
    });

    test('a bad request is refused with 400 and its field errors, stores nothing, and the form tells the visitor', async () => {
      const bad = request({ name: '', consent: false, message: 'x'.repeat(2001), contactMethod: 'pigeon' });
      const response = await send(version, bad);
      assert.equal(response.status, 400);
      const { errors } = await response.json();
      assert.deepEqual(Object.keys(errors).sort(), ['consent', 'contactMethod', 'message', 'name']);
      assert.equal(await countFor(version, bad.requestId), 0);
      assert.equal((await send(version, { ...request(), requestId: 'short' })).status, 400);
      // The kit's one phone rule: a number without its area code is refused here as in the form.
      const local = await send(version, request({ phone: '555-0142' }));
      assert.equal(local.status, 400);
      assert.deepEqual(Object.keys((await local.json()).errors), ['phone']);

      // A bot that fills the honeypot is told "received", and nothing is kept.
      const bot = request({ iop_website: 'http://spam.example' });
      assert.equal((await send(version, bot)).status, 201);
      assert.equal(await countFor(version, bot.requestId), 0);

      // The form checks what it can before sending; the server's length limit it does not know.
      const { tab, context } = await visit(page(version, 'form'));
      const form = 'iop-appointment-form >>> ';
      const name = `Long Message ${randomUUID().slice(0, 8)}`;
      typed.push(name);
      await tab.type(`${form}#f-name`, name);
      await tab.type(`${form}#f-phone`, '(555) 010-0142');
      await tab.$eval(`${form}#f-message`, (el) => {
        el.value = 'y'.repeat(2001);
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      });
      await tab.click(`${form}#f-consent`);
      await tab.click(`${form}[part~="submit"]`);
      // The failure is an alert that says the request was refused, with the phone as the way out.
      const failure = await tab.waitForFunction(() => document.querySelector('iop-appointment-form').shadowRoot.querySelector('[part~="failure"]')?.textContent.trim(), { timeout: 20_000 });
      assert.match(await failure.jsonValue(), /did not accept the request \(error 400\)/);
      // The plugin's reason for the message field is shown at that field, and focus goes there.
      await tab.waitForFunction(() => document.querySelector('iop-appointment-form').shadowRoot.querySelector('#f-message').getAttribute('aria-invalid') === 'true', { timeout: 10_000 });
      assert.equal(await tab.evaluate(() => document.querySelector('iop-appointment-form').shadowRoot.activeElement?.id), 'f-message');
      assert.equal(await tab.$eval(`${form}#f-name`, (el) => el.value), name, 'the form lost what was typed');
      assert.deepEqual(await sql(version, `SELECT id FROM wp_iop_requests WHERE name = ${quote(name)}`), []);
      await context.close();
    });

    test('staff are told by email that a request arrived, with a link and no health information', async () => {
      const mails = readFileSync(join(site(version).content, 'mail.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      const notices = mails.filter((mail) => /appointment request/i.test(mail.subject));
      assert.ok(notices.length >= 1, 'no staff email');
      for (const mail of notices) {
        assert.equal([].concat(mail.to).join(), 'admin@example.org');
        assert.match(mail.message, /wp-admin\/admin\.php\?page=iop-widgets-requests/);
        for (const value of typed) assert.ok(!JSON.stringify(mail).includes(value), `the email contains "${value}"`);
        assert.ok(!JSON.stringify(mail).includes('555'), 'the email contains a phone number');
      }
    });

    test('the admin screen lists requests for an admin, marks one handled and exports CSV; subscribers and visitors get 403', async () => {
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/admin.php?page=iop-widgets-requests`, { waitUntil: 'load' });
      const row = `#iop-requests tr[data-request="${visitor.requestId}"]`;
      assert.equal(await tab.$eval(`${row} td[data-col="name"]`, (td) => td.textContent), visitor.name);
      assert.equal(await tab.$eval(`${row} td[data-col="message"]`, (td) => td.textContent), visitor.message);
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click(`${row} [data-action="handled"]`)]);
      assert.notEqual((await sql(version, `SELECT handled_at FROM wp_iop_requests WHERE request_key = ${quote(visitor.requestId)}`))[0][0], 'NULL');
      assert.equal(await tab.$(`${row} [data-action="handled"]`), null);
      const csv = await tab.$eval('#iop-export', async (a) => {
        const response = await fetch(a.href);
        return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      });
      assert.equal(csv.status, 200);
      assert.match(csv.type, /^text\/csv/);
      assert.ok(csv.text.includes(visitor.name) && csv.text.includes(visitor.email));
      const exportUrl = await tab.$eval('#iop-export', (a) => a.href);
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-admin.png` });
      await context.close();

      const admin = `${site(version).url}/wp-admin/admin.php?page=iop-widgets-requests`;
      const subscriber = await login(version, 'subscriber');
      for (const url of [admin, exportUrl]) {
        const response = await fetch(url, { headers: { Cookie: subscriber }, redirect: 'manual' });
        assert.equal(response.status, 403, `subscriber: ${url}`);
        assert.ok(!(await response.text()).includes(visitor.name));
      }
      const anonymousExport = await fetch(exportUrl, { redirect: 'manual' });
      assert.equal(anonymousExport.status, 403);
      // wp-admin itself sends visitors to the login form before anything is read.
      const anonymousAdmin = await fetch(admin, { redirect: 'manual' });
      assert.equal(anonymousAdmin.status, 302);
      assert.match(anonymousAdmin.headers.get('location'), /wp-login\.php/);

      const list = `${endpoint(version)}`;
      assert.equal((await fetch(list)).status, 403, 'anonymous REST read');
      assert.equal((await fetch(list, { headers: { Authorization: basic(version, 'subscriber') } })).status, 403, 'subscriber REST read');
      const forAdmin = await fetch(list, { headers: { Authorization: basic(version, 'admin') } });
      assert.equal(forAdmin.status, 200);
      const listed = (await forAdmin.json()).find((r) => r.request_key === visitor.requestId);
      assert.equal(listed.name, visitor.name);
      assert.equal(listed.client_hash, undefined);
    });

    test('the settings page sets what the shortcodes fall back to, and the language', async () => {
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/options-general.php?page=iop-widgets-settings`, { waitUntil: 'load' });
      const set = async (selector, value) => {
        await tab.$eval(selector, (el) => (el.value = ''));
        await tab.type(selector, value);
      };
      await set('#iop-name', 'Riverbend Recovery');
      await set('#iop-phone', '(555) 010-0199');
      await set('#iop-timezone', 'America/Denver');
      await set('#iop-street', '12 "Old" Mill Rd');
      await set('#iop-city', "Saint Mary's");
      await tab.select('#iop-lang', 'es');
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('#submit')]);
      await context.close();
      const form = await html(page(version, 'form'));
      assert.match(form, /<iop-appointment-form[^>]* name="Riverbend Recovery"/);
      assert.match(form, /<iop-appointment-form[^>]* phone="\(555\) 010-0199"/);
      assert.match(form, /<iop-appointment-form[^>]* lang="es"/);
      const all = await html(page(version, 'all'));
      assert.deepEqual(JSON.parse(decode(all.match(/<iop-facility[^>]* address="([^"]*)"/)[1])), { street: '12 "Old" Mill Rd', city: "Saint Mary's" });
      assert.match(all, /<iop-facility[^>]* timezone="America\/Denver"/);
      const { tab: visitorTab, context: visitorContext, warnings } = await visit(page(version, 'form'));
      const label = await visitorTab.$eval('iop-appointment-form >>> [part~="submit"]', (b) => b.textContent.trim());
      assert.equal(label, 'Enviar solicitud');
      assert.deepEqual(await visitorTab.evaluate(() => window.configErrors), []);
      assert.deepEqual(warnings, []);
      await visitorContext.close();
    });

    test('the privacy tools export and erase a person’s requests by email', async () => {
      const exported = await cli(version, 'export', visitor.email);
      assert.ok(JSON.stringify(exported.data).includes(visitor.name));
      const erased = await cli(version, 'erase', visitor.email);
      assert.equal(erased.items_removed, true);
      assert.equal(await countFor(version, visitor.requestId), 0);
    });

    test('issue 26: the admin list says before the number whether a message may say who calls, and whose time is meant; the CSV has every new key, formula-safe', async () => {
      const formula = request({ name: `Sam;=1+1; ${randomUUID().slice(0, 6)}`, message: 'x,@SUM(A1)\t-2+3;+cmd|calc', phone: '', email: `f-${randomUUID().slice(0, 6)}@example.org` });
      typed.push(formula.name);
      assert.equal((await send(version, formula, { from: address() })).status, 201);
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/admin.php?page=iop-widgets-requests`, { waitUntil: 'load' });
      const row = `#iop-requests tr[data-request="${newKeys.requestId}"]`;
      const contact = await tab.$eval(`${row} td[data-col="contact"]`, (td) => td.innerText);
      assert.ok(contact.indexOf('NO: do not say who is calling') >= 0 && contact.indexOf('NO: do not say') < contact.indexOf('Phone:'), contact);
      assert.match(contact, /evening, their time \(America\/Los_Angeles\)/);
      assert.match(await tab.$eval('#iop-requests thead', (t) => t.innerText), /Received \(America\/Chicago\)/);
      const details = await tab.$eval(`${row} td[data-col="details"]`, (td) => td.innerText);
      for (const text of ['someone they care about', 'Blue Cross Blue Shield', 'XQ-1234', 'parent']) assert.ok(details.includes(text), `${text} in ${details}`);
      const csv = await tab.$eval('#iop-export', async (a) => (await fetch(a.href)).text());
      const header = csv.split('\n')[0];
      for (const label of ['For', 'May leave a message saying who calls', 'Visitor\'s time zone', 'Member ID', 'Policy holder']) assert.ok(header.includes(label), label);
      const line = csv.split('\n').find((l) => l.includes('XQ-1234'));
      assert.match(line, /NO: do not say who is calling/);
      const sams = csv.split('\n').find((l) => l.includes('Sam;'));
      for (const separator of [',', ';', '\t']) {
        for (const cell of sams.split(separator)) assert.doesNotMatch(cell.replace(/^[\s"]+/, ''), /^[=+\-@]/, `a cell under "${separator}" starts a formula: ${cell}`);
      }
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-admin-new-keys.png` });
      await context.close();
    });

    test('issue 28.3: staff delete one request (nonce and capability); every view, export, change and deletion is in the access log', async () => {
      const doomed = request({ name: `Delete Me ${randomUUID().slice(0, 6)}` });
      typed.push(doomed.name);
      assert.equal((await send(version, doomed, { from: address() })).status, 201);
      const [[id]] = await sql(version, `SELECT id FROM wp_iop_requests WHERE request_key = ${quote(doomed.requestId)}`);
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/admin.php?page=iop-widgets-requests`, { waitUntil: 'load' });
      const row = `#iop-requests tr[data-request="${doomed.requestId}"]`;
      // A subscriber with the same form (and no valid nonce of their own) is refused.
      const subscriber = await login(version, 'subscriber');
      const forged = await fetch(`${site(version).url}/wp-admin/admin-post.php`, { method: 'POST', headers: { Cookie: subscriber, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ action: 'iop_widgets_delete', id, _wpnonce: await tab.$eval(`${row} [data-action="delete"]`, (b) => b.form._wpnonce.value) }), redirect: 'manual' });
      assert.equal(forged.status, 403);
      assert.equal(await countFor(version, doomed.requestId), 1);
      // Deleting asks first.
      const asked = [];
      tab.on('dialog', (dialog) => asked.push(dialog.message()) && dialog.accept());
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click(`${row} [data-action="delete"]`)]);
      assert.deepEqual(asked, ['Delete this request for good? This cannot be undone.']);
      assert.equal(await countFor(version, doomed.requestId), 0);
      assert.equal(await tab.$(row), null);
      await tab.$eval('#iop-export', async (a) => (await fetch(a.href)).text());
      const log = await sql(version, 'SELECT user_id, action, request_ids FROM wp_iop_audit ORDER BY id');
      assert.ok(log.some(([user, action, ids]) => user === '1' && action === 'view' && ids.split(',').includes(id)), 'the view is not logged');
      assert.ok(log.some(([user, action, ids]) => user === '1' && action === 'delete' && ids === id), 'the deletion is not logged');
      assert.ok(log.some(([user, action]) => user === '1' && action === 'export'), 'the export is not logged');
      assert.ok(log.some(([user, action]) => user === '1' && action === 'handled'), 'marking handled is not logged');
      await fetch(endpoint(version), { headers: { Authorization: basic(version, 'admin') } });
      assert.equal((await sql(version, 'SELECT action FROM wp_iop_audit ORDER BY id DESC LIMIT 1'))[0][0], 'rest-read');
      await tab.goto(`${site(version).url}/wp-admin/admin.php?page=iop-widgets-access-log`, { waitUntil: 'load' });
      const entries = await tab.$$eval('#iop-access-log tbody tr', (rows) => rows.map((r) => r.innerText));
      assert.ok(entries.some((text) => text.includes('admin') && text.includes('deleted') && text.includes(id)), entries.join('\n'));
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-access-log.png` });
      await context.close();
      const response = await fetch(`${site(version).url}/wp-admin/admin.php?page=iop-widgets-access-log`, { headers: { Cookie: subscriber }, redirect: 'manual' });
      assert.equal(response.status, 403);
    });

    test('issue 28.3: the privacy tools find requests made by phone only, and export what was typed as text, never a live link', async () => {
      const phone = '(555) 010-7788';
      const email = `p-${randomUUID().slice(0, 6)}@example.org`;
      const withEmail = request({ phone, email, message: '<a href="https://phish.example/reset">Reset your password</a>' });
      const phoneOnly = request({ phone: '555.010.7788', email: '', message: 'https://phish.example/bare' });
      for (const body of [withEmail, phoneOnly]) assert.equal((await send(version, body, { from: address() })).status, 201);
      const exported = await cli(version, 'export', email);
      const text = JSON.stringify(exported.data);
      assert.ok(text.includes(withEmail.name) && text.includes(phoneOnly.name), 'the phone-only request was not found');
      for (const item of exported.data) {
        for (const { value } of item.data) {
          assert.doesNotMatch(value, /<a\b/i, value);
          assert.doesNotMatch(value, /^https?:\/\//, value);
        }
      }
      assert.equal((await cli(version, 'export', '+1 555 010 7788')).data.length, 2);
      const erased = await cli(version, 'erase', email);
      assert.equal(erased.items_removed, true);
      assert.equal(await countFor(version, withEmail.requestId), 0);
      assert.equal(await countFor(version, phoneOnly.requestId), 0);
      const log = await sql(version, "SELECT action FROM wp_iop_audit WHERE action LIKE 'privacy-%'");
      assert.deepEqual(log.map(([a]) => a).filter((a, i, all) => all.indexOf(a) === i).sort(), ['privacy-erase', 'privacy-export']);
    });

    test('issue 28.3: handled requests are deleted after the retention period chosen in the settings; others stay', async () => {
      const old = request();
      const recent = request();
      const open = request();
      for (const body of [old, recent, open]) assert.equal((await send(version, body, { from: address() })).status, 201);
      await sql(version, `UPDATE wp_iop_requests SET handled_at = UTC_TIMESTAMP() - INTERVAL 31 DAY WHERE request_key = ${quote(old.requestId)}`);
      await sql(version, `UPDATE wp_iop_requests SET handled_at = UTC_TIMESTAMP() - INTERVAL 29 DAY WHERE request_key = ${quote(recent.requestId)}`);
      await sql(version, `UPDATE wp_iop_requests SET created_at = UTC_TIMESTAMP() - INTERVAL 400 DAY WHERE request_key = ${quote(open.requestId)}`);
      // WP-Cron runs the housekeeping daily (the tests run it by hand: their sites have no cron).
      assert.match((await sql(version, "SELECT option_value FROM wp_options WHERE option_name = 'cron'"))[0][0], /iop_widgets_daily/);
      await cli(version, 'hook', 'iop_widgets_daily');
      assert.equal(await countFor(version, old.requestId), 1, 'deleted with no retention set');
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/options-general.php?page=iop-widgets-settings`, { waitUntil: 'load' });
      assert.equal(await tab.$eval('#iop-retention', (s) => s.value), '0');
      await tab.select('#iop-retention', '30');
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('#submit')]);
      await context.close();
      await cli(version, 'hook', 'iop_widgets_daily');
      assert.equal(await countFor(version, old.requestId), 0);
      assert.equal(await countFor(version, recent.requestId), 1);
      assert.equal(await countFor(version, open.requestId), 1, 'an unhandled request was deleted');
      assert.equal((await sql(version, "SELECT user_id FROM wp_iop_audit WHERE action = 'purge' ORDER BY id DESC LIMIT 1"))[0][0], '0');
      await cli(version, 'settings', JSON.stringify({ retention_days: 0 }));
    });

    test('issue 27.4: carriers, payment options and admissions hours from the settings page reach the facility', async () => {
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/options-general.php?page=iop-widgets-settings`, { waitUntil: 'load' });
      await tab.type('#iop-carriers', 'Aetna\nBlue Cross Blue Shield | in network');
      await tab.click('#iop-accepts-medicaid');
      await tab.click('#iop-accepts-sliding-scale');
      await tab.type('#iop-hours-mon', '08:00-20:00');
      await tab.type('#iop-hours-sat', '22:00-02:00');
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-settings-1280.png`, fullPage: true });
      await tab.setViewport({ width: 320, height: 900 });
      await tab.screenshot({ path: `/tmp/iop-wp-${version}-settings-320.png`, fullPage: true });
      await tab.setViewport({ width: 1280, height: 900 });
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('#submit')]);
      await context.close();
      const all = await html(page(version, 'all'));
      const attr = (name) => JSON.parse(decode(all.match(new RegExp(`<iop-facility[^>]* ${name}="([^"]*)"`))[1]));
      assert.deepEqual(attr('carriers'), ['Aetna', { name: 'Blue Cross Blue Shield', note: 'in network' }]);
      assert.deepEqual(attr('accepts'), ['medicaid', 'sliding-scale']);
      assert.deepEqual(attr('admissions-hours'), { mon: '08:00-20:00', sat: '22:00-02:00' });
      const { tab: visitorTab, context: visitorContext, warnings } = await visit(page(version, 'all'));
      assert.deepEqual(await visitorTab.evaluate(() => window.configErrors), []);
      assert.deepEqual(warnings, []);
      await visitorContext.close();
      await cli(version, 'settings', JSON.stringify({ admissions_247: 1 }));
      assert.match(await html(page(version, 'all')), /<iop-facility[^>]* admissions-hours="24\/7"/);
    });

    test('issue 27.4: [iop_insurance] writes <iop-insurance> with the facility\'s carriers and payment options', { skip: !manifestTags.includes('iop-insurance') && 'dist/ has no iop-insurance yet (the insurance branch adds it; the shortcode comes from the manifest)' }, async () => {
      const text = await html(page(version, 'insurance'));
      const tag = text.match(/<iop-insurance[^>]*>/)[0];
      assert.match(tag, / verify/);
      assert.match(tag, / heading="Paying for care"/);
      assert.match(tag, / heading-level="3"/);
      // Alone on a page it takes the facility's carriers and payment options from the settings.
      assert.deepEqual(JSON.parse(decode(tag.match(/ carriers="([^"]*)"/)[1])), ['Aetna', { name: 'Blue Cross Blue Shield', note: 'in network' }]);
      assert.deepEqual(JSON.parse(decode(tag.match(/ accepts="([^"]*)"/)[1])), ['medicaid', 'sliding-scale']);
      const { tab, context, warnings } = await visit(page(version, 'insurance'));
      assert.deepEqual(await tab.evaluate(() => window.configErrors), []);
      assert.deepEqual(warnings, []);
      await context.close();
    });

    test('issue 28.5: a settings post with lists where text belongs is refused without an error', async () => {
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/options-general.php?page=iop-widgets-settings`, { waitUntil: 'load' });
      const status = await tab.$eval('#submit', async (button) => {
        const data = new FormData(button.form);
        data.delete('iop_widgets_settings[notify]');
        data.append('iop_widgets_settings[notify][]', 'x');
        data.delete('iop_widgets_settings[endpoint]');
        data.append('iop_widgets_settings[endpoint][]', 'https://a.example');
        data.append('iop_widgets_settings[lang][]', 'es');
        // form.action is the form's input named "action"; the attribute is the URL.
        const response = await fetch(new URL(button.form.getAttribute('action'), location.href), { method: 'POST', body: data });
        return { status: response.status, url: response.url, text: await response.text() };
      });
      assert.equal(status.status, 200, `status ${status.status}: ${status.text.slice(0, 300)}`);
      // Saved: options.php went back to the settings page, which names the refused address.
      assert.match(status.url, /page=iop-widgets-settings&settings-updated=true/);
      await context.close();
      const settings = await cli(version, 'settings', '{}');
      assert.equal(settings.notify, 'admin@example.org');
    });

    test('issue 28.5: an old table is upgraded in place (dbDelta and the stored schema version)', async () => {
      await sql(version, 'ALTER TABLE wp_iop_requests DROP COLUMN time_zone, DROP COLUMN leave_message, DROP COLUMN body_hash');
      await sql(version, "UPDATE wp_options SET option_value = '1' WHERE option_name = 'iop_widgets_db_version'");
      await html(page(version, 'plain'));
      const columns = (await sql(version, 'SHOW COLUMNS FROM wp_iop_requests')).map(([name]) => name);
      for (const column of ['time_zone', 'leave_message', 'body_hash', 'member_id', 'policy_holder']) assert.ok(columns.includes(column), column);
      assert.deepEqual(await sql(version, "SELECT option_value FROM wp_options WHERE option_name = 'iop_widgets_db_version'"), [['2']]);
      assert.equal((await send(version, request(), { from: address() })).status, 201);
    });

    test('one client address is throttled after ten new requests an hour; a replay is still answered', async () => {
      const statuses = [];
      let last;
      let stored;
      for (let i = 0; i < 12 && !statuses.includes(429); i++) {
        last = request();
        const response = await send(version, last);
        statuses.push(response.status);
        if (response.status === 201) stored = last;
        if (response.status === 429) assert.match(response.headers.get('retry-after'), /^\d+$/);
      }
      assert.ok(statuses.includes(429), `never throttled: ${statuses}`);
      assert.equal(await countFor(version, last.requestId), 0);
      // Retry-After tells when the hour frees up, not a minute that would be refused again.
      const retry = Number((await send(version, request())).headers.get('retry-after'));
      assert.ok(retry > 3000 && retry <= 3600, `Retry-After: ${retry}`);
      // The same request again from the same address is still answered (the form's retry).
      assert.equal((await send(version, stored)).status, 200);
      const [[fromHere]] = await sql(version, `SELECT COUNT(*) FROM wp_iop_requests WHERE client_hash = (SELECT client_hash FROM (SELECT client_hash FROM wp_iop_requests WHERE request_key = ${quote(stored.requestId)}) AS s)`);
      assert.ok(Number(fromHere) <= 10, `${fromHere} rows from one address in the last hour`);
    });

    test('nothing a visitor typed is in the logs', async () => {
      const logs = [join(site(version).content, 'debug.log'), site(version).phpLog].filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8'));
      assert.ok(logs.length >= 1);
      for (const log of logs) {
        for (const value of typed) assert.ok(!log.includes(value), `a log contains "${value}"`);
        assert.doesNotMatch(log, /plugins\/iop-widgets\//, 'PHP reported a problem in the plugin');
      }
    });

    test('uninstalling keeps the requests unless the admin chose to delete them; the Plugins screen says which; no capability survives', async () => {
      const before = Number((await sql(version, 'SELECT COUNT(*) FROM wp_iop_requests'))[0][0]);
      assert.ok(before > 0);
      const { tab, context } = await adminPage(version);
      await tab.goto(`${site(version).url}/wp-admin/plugins.php`, { waitUntil: 'load' });
      assert.equal(await tab.$eval('#iop-uninstall-note', (el) => el.textContent), `Deleting this plugin keeps its ${before} appointment requests and the access log in the database (Settings).`);
      await context.close();
      await cli(version, 'grant', 'subscriber', 'iop_widgets_read_requests');
      assert.equal((await cli(version, 'can', 'subscriber', 'iop_widgets_read_requests')).can, true);
      await cli(version, 'uninstall');
      assert.equal(Number((await sql(version, 'SELECT COUNT(*) FROM wp_iop_requests'))[0][0]), before);
      assert.ok(Number((await sql(version, 'SELECT COUNT(*) FROM wp_iop_audit'))[0][0]) > 0, 'the access log was not kept');
      assert.equal((await cli(version, 'can', 'subscriber', 'iop_widgets_read_requests')).can, false, 'a single user kept the capability');
      assert.equal((await cli(version, 'can', 'admin', 'iop_widgets_read_requests')).can, false);
      await cli(version, 'uninstall', 'delete');
      assert.deepEqual(await sql(version, "SHOW TABLES LIKE 'wp_iop_requests'"), []);
      assert.deepEqual(await sql(version, "SHOW TABLES LIKE 'wp_iop_audit'"), []);
    });
  });
}
