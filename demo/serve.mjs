// `npm start`: serves the demo pages and the built bundle on localhost, nothing else.
// The benchmark imports `startServer` to serve its own pages the same way.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Serves the named top-level folders of the repository (never anything else) on 127.0.0.1.
 * `pages` and `scripts` map extra paths to HTML and JavaScript held in memory; `accept` lists paths
 * that take a POST and answer 201, and `receive` maps paths to a handler that also sees the request.
 * `headers` adds response headers by path. Resolves with the server once it listens.
 */
export function startServer({ port = 0, folders = ['demo', 'dist', 'prerender'], pages = {}, scripts = {}, accept = [], receive = {}, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headers[pathname] ?? {})) res.setHeader(name, value);
    if (pathname === '/') return res.writeHead(302, { location: '/demo/' }).end();
    if (pages[pathname]) return res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(pages[pathname]);
    if (scripts[pathname]) return res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-store' }).end(scripts[pathname]);
    if (req.method === 'POST' && (accept.includes(pathname) || receive[pathname])) {
      // Answers 201; `receive` handlers see the request, `accept` paths keep nothing.
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      return req.on('end', () => {
        receive[pathname]?.(req, body);
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
    }
    const path = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
    if (!folders.includes(path.split(/[/\\]/)[0])) return res.writeHead(404).end('Not found');
    const file = join(root, path.endsWith('/') || !extname(path) ? join(path, 'index.html') : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The demo's appointment endpoint: prints each request it receives, so a person can watch one arrive. */
function printRequest(req, body) {
  console.log(`\n${new Date().toLocaleTimeString()} ${req.method} ${req.url}  Idempotency-Key: ${req.headers['idempotency-key']}`);
  console.log(`  ${req.headers['content-type']}`);
  try {
    console.log(JSON.stringify(JSON.parse(body), null, 2).replace(/^/gm, '  '));
  } catch {
    console.log(`  ${body}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const receive = { '/api/appointment-requests': printRequest };
  // The first free port from 8000 (or exactly PORT when it is set).
  let port = Number(process.env.PORT ?? 8000);
  for (;;) {
    try {
      await startServer({ port, receive });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
      port += 1;
    }
  }
  console.log(`iop-widgets demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
  console.log(`configurator (set up the elements without writing JSON): http://localhost:${port}/demo/configurator.html`);
  console.log('appointment requests sent from the demo are printed here.');
}
