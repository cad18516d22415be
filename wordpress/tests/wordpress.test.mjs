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
const TAGS = ['iop-facility', 'iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form'];
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

function send(version, body, { form = false, key = body.requestId, auth } = {}) {
  const headers = {};
  if (key) headers['Idempotency-Key'] = key;
  if (auth) headers.Authorization = auth;
  if (!form) headers['Content-Type'] = 'application/json';
  const payload = form ? new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])) : JSON.stringify(body);
  return fetch(endpoint(version), { method: 'POST', headers, body: payload });
}

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

    test('all five elements upgrade with no configuration error, and text from shortcodes stays text', async () => {
      for (const width of [1280, 320]) {
        const { tab, context, warnings } = await visit(page(version, 'all'), width);
        const upgraded = await tab.evaluate((tags) => tags.filter((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount), TAGS);
        assert.deepEqual(upgraded, TAGS);
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
      const replay = await send(version, { name: visitor.name, phone: visitor.phone, consent: true, requestId: visitor.requestId });
      assert.equal(replay.status, 200);
      assert.equal(await countFor(version, visitor.requestId), 1);

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
      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click(`${row} button[type="submit"]`)]);
      assert.notEqual((await sql(version, `SELECT handled_at FROM wp_iop_requests WHERE request_key = ${quote(visitor.requestId)}`))[0][0], 'NULL');
      assert.equal(await tab.$(`${row} button[type="submit"]`), null);
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

    test('one client address is throttled after ten new requests an hour; a replay is still answered', async () => {
      const statuses = [];
      let last;
      for (let i = 0; i < 12 && !statuses.includes(429); i++) {
        last = request();
        const response = await send(version, last);
        statuses.push(response.status);
        if (response.status === 429) assert.match(response.headers.get('retry-after'), /^\d+$/);
      }
      assert.ok(statuses.includes(429), `never throttled: ${statuses}`);
      assert.equal(await countFor(version, last.requestId), 0);
      const stored = await sql(version, 'SELECT request_key FROM wp_iop_requests ORDER BY id DESC LIMIT 1');
      assert.equal((await send(version, request({ requestId: stored[0][0] }))).status, 200);
      const [[fromHere]] = await sql(version, 'SELECT COUNT(*) FROM wp_iop_requests WHERE created_at > NOW() - INTERVAL 2 HOUR');
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

    test('uninstalling keeps the requests unless the admin chose to delete them', async () => {
      const before = Number((await sql(version, 'SELECT COUNT(*) FROM wp_iop_requests'))[0][0]);
      assert.ok(before > 0);
      await cli(version, 'uninstall');
      assert.equal(Number((await sql(version, 'SELECT COUNT(*) FROM wp_iop_requests'))[0][0]), before);
      await cli(version, 'uninstall', 'delete');
      assert.deepEqual(await sql(version, "SHOW TABLES LIKE 'wp_iop_requests'"), []);
    });
  });
}
