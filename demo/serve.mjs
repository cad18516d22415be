// `npm start`: serves the demo pages and the built bundle on localhost, nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const served = ['demo', 'dist'];

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    res.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  const path = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  if (!served.includes(path.split(/[/\\]/)[0])) {
    res.writeHead(404).end('Not found');
    return;
  }
  const file = join(root, path.endsWith('/') || !extname(path) ? join(path, 'index.html') : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
});

let port = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
  server.listen(++port, '127.0.0.1');
});
server.on('listening', () => console.log(`iop-widgets demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`));
server.listen(port, '127.0.0.1');
