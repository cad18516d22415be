// The package as its consumers get it: `npm pack`, the tarball installed into a new project under
// the temp folder (away from this repository's node_modules), then what a TypeScript user, a bundler
// user and a CMS plugin reading the schemas each do with it. Needs `npm run build` first (`npm test`
// builds before it runs the node tests).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { launch } from '../scripts/browser.mjs';
import { startServer } from '../demo/serve.mjs';
import { className, TAGS } from './elements.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const LIMIT = { timeout: 120_000 };

let project; // the consumer's project folder
let files; // what the tarball holds, relative to the package's root

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'iop-widgets-consumer-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', project], { cwd: repo, timeout: 60_000 });
  const [{ filename, files: packed }] = JSON.parse(stdout);
  files = packed.map((file) => file.path).sort();
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // From npm's cache when it holds lit, @lit/context and zod (it does after `npm ci` here); the
  // registry only for what it lacks. No install scripts: the package has none to run.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${filename}`], { cwd: project, timeout: 90_000 });
}, LIMIT);

after(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

test('the tarball holds the bundle, its types, the manifest, the schemas, README, LICENSE and package.json, and nothing else', () => {
  const needed = /^(package\.json|README\.md|LICENSE|bin\/iop-widgets\.mjs|prerender\/index\.(mjs|d\.ts)|prerender\/serialize\.mjs|dist\/iop-widgets\.js|dist\/custom-elements\.json|dist\/schemas\/iop-[a-z-]+\.schema\.json|dist\/([a-z-]+\/)?[a-z0-9-]+(\.[a-z]+)?\.d\.ts)$/;
  assert.deepEqual(files.filter((file) => !needed.test(file)), []);
  for (const tag of TAGS) assert.ok(files.includes(`dist/schemas/${tag}.schema.json`), `no schema for ${tag}`);
  assert.ok(files.includes('dist/index.d.ts'));
});

/** The consumer's TypeScript file: the tag map and the event map must reach it from `import 'iop-widgets'`. */
const consumerTs = `import 'iop-widgets';
import type { IopSubmitDetail, IopConfigErrorDetail, ${TAGS.map(className).join(', ')} } from 'iop-widgets';

const form = document.createElement('iop-appointment-form');
const asForm: IopAppointmentForm = form; // the tag map: not a bare HTMLElement
form.minFillSeconds = 5;
// @ts-expect-error the tag map gives the form's own properties, and no others
form.noSuchProperty = 1;

// Every tag of the registry, created and queried, is its own class.
const all = [
${TAGS.map((tag) => `  document.createElement('${tag}') satisfies ${className(tag)},\n  document.querySelector('${tag}')! satisfies ${className(tag)},`).join('\n')}
];

form.addEventListener('iop-submit', (event) => {
  const detail: IopSubmitDetail = event.detail; // the event map: a typed CustomEvent
  // @ts-expect-error detail is IopSubmitDetail, not any
  const wrong: number = event.detail;
  console.log(detail.requestId, detail.data.name, wrong);
});
document.addEventListener('iop-config-error', (event) => {
  const detail: IopConfigErrorDetail = event.detail;
  console.log(detail);
});
console.log(asForm, all);

// The prerender API's types (a build script's, typed the same way).
import type { prerender, PrerenderOptions } from 'iop-widgets/prerender';
const options: PrerenderOptions = { url: 'https://harbor.example/iop/' };
type Out = Awaited<ReturnType<typeof prerender>>;
const out: Out = '<iop-schedule></iop-schedule>';
console.log(options, out);
`;

test('a TypeScript file that imports iop-widgets type-checks against the shipped .d.ts, and every shipped .d.ts is one it reads', { ...LIMIT, concurrency: 2 }, async (t) => {
  // Both ways a consumer's tsconfig resolves packages, checked side by side.
  const check = (moduleResolution) => t.test(`moduleResolution ${moduleResolution}`, async () => {
    const dir = await mkdtemp(join(project, 'ts-'));
    await writeFile(join(dir, 'app.ts'), consumerTs);
    const module = moduleResolution === 'nodenext' ? 'nodenext' : 'esnext';
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module, moduleResolution, lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['app.ts'] }),
    );
    const { stdout } = await run(process.execPath, [tsc, '-p', dir, '--listFiles'], { cwd: dir, timeout: 90_000 }).catch((error) => assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`));
    const read = stdout.split('\n').map((line) => line.trim()).filter(Boolean);
    const root = join(project, 'node_modules', 'iop-widgets');
    const readFromPackage = new Set(read.filter((file) => file.startsWith(root)).map((file) => relative(root, file)));
    assert.deepEqual(files.filter((file) => file.endsWith('.d.ts') && !readFromPackage.has(file)), [], 'shipped .d.ts files no consumer reads: leave them out with a "!dist/…" line in package.json "files"');
  });
  await Promise.all([check('bundler'), check('nodenext')]);
});

test('a rollup build of an app that imports iop-widgets runs in the browser, defines all five elements, and renders one', LIMIT, async (t) => {
  await writeFile(join(project, 'app.js'), `import 'iop-widgets';\ndocument.body.append(Object.assign(document.createElement('iop-level-of-care'), { current: '2.1' }));\n`);
  const bundle = await rollup({ input: join(project, 'app.js'), plugins: [nodeResolve({ browser: true })], onwarn: (warning) => assert.fail(`rollup: ${warning.message}`) });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  assert.ok(output[0].modules[join(project, 'node_modules', 'iop-widgets', 'dist', 'iop-widgets.js')], 'the bundle does not come from the installed package');

  const server = await startServer({
    pages: { '/app.html': '<!doctype html><html lang="en"><body><script type="module" src="/app.js"></script></body></html>' },
    scripts: { '/app.js': output[0].code },
  });
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/app.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('iop-level-of-care')?.shadowRoot?.querySelector('[part~="current"]')).catch(() => assert.fail(errors.join('\n') || 'nothing rendered'));
  assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS), TAGS);
  assert.match(await page.$eval('iop-level-of-care', (el) => el.shadowRoot.querySelector('[part~="current"]').textContent), /Intensive outpatient \(IOP\)/);
  assert.deepEqual(errors, []);
});

test('iop-widgets/schemas/<tag>.json, iop-widgets/schemas/<tag>.schema.json and iop-widgets/custom-elements.json resolve through the exports', async () => {
  const require = createRequire(join(project, 'package.json'));
  for (const tag of TAGS) {
    for (const specifier of [`iop-widgets/schemas/${tag}.json`, `iop-widgets/schemas/${tag}.schema.json`]) {
      const schema = JSON.parse(await readFile(require.resolve(specifier), 'utf8'));
      assert.equal(schema.title, `<${tag}> configuration`, specifier);
    }
  }
  const manifest = JSON.parse(await readFile(require.resolve('iop-widgets/custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);
  assert.deepEqual([...tags].sort(), [...TAGS].sort());
  // ESM consumers resolve through the same map.
  assert.equal(fileURLToPath(await resolveFrom(project, 'iop-widgets/schemas/iop-schedule.json')), require.resolve('iop-widgets/schemas/iop-schedule.schema.json'));
});

test('in the installed package, npx iop-widgets prerender and iop-widgets/prerender write the content into a page (node alone, no browser)', LIMIT, async () => {
  const page = '<!doctype html><html lang="es"><body><iop-schedule timezone="America/Chicago"></iop-schedule></body></html>';
  await writeFile(join(project, 'page.html'), page);
  await run('npx', ['--no-install', 'iop-widgets', 'prerender', 'page.html', '-o', 'out.html'], { cwd: project, timeout: 60_000 });
  const out = await readFile(join(project, 'out.html'), 'utf8');
  assert.match(out, /<iop-schedule timezone="America\/Chicago"><template shadowrootmode="open"><style>/);
  assert.match(out, /Horario del programa/);
  const probe = join(project, 'prerender-probe.mjs');
  await writeFile(probe, `import { prerender } from 'iop-widgets/prerender';\nprocess.stdout.write(await prerender(${JSON.stringify(page)}));\n`);
  const { stdout } = await run(process.execPath, [probe], { cwd: project, timeout: 60_000 });
  assert.equal(stdout, out);
});

/** Resolves a specifier as an ES module in the consumer's project would. */
async function resolveFrom(dir, specifier) {
  const probe = join(dir, `resolve-${process.pid}.mjs`);
  await writeFile(probe, `process.stdout.write(import.meta.resolve(${JSON.stringify(specifier)}));\n`);
  const { stdout } = await run(process.execPath, [probe], { cwd: dir, timeout: 30_000 });
  return stdout;
}
