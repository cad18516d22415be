#!/usr/bin/env node
// iop-widgets prerender <page.html> [-o <out.html>] [--url <page address>]: the page with each kit
// element's content written in (see README, "Content in the page's HTML"). Standard output without -o.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { prerender } from '../prerender/index.mjs';

const usage = 'Usage: iop-widgets prerender <page.html> [-o <out.html>] [--url <the page\'s address>]\n';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { output: { type: 'string', short: 'o' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  process.stderr.write(`iop-widgets: ${error.message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const [command, input, ...rest] = positionals;
if (command !== 'prerender' || !input || rest.length) {
  process.stderr.write(usage);
  process.exit(2);
}
try {
  const html = await prerender(await readFile(input, 'utf8'), { url: values.url });
  if (values.output) await writeFile(values.output, html);
  else process.stdout.write(html);
} catch (error) {
  process.stderr.write(`iop-widgets prerender: ${error.message}\n`);
  process.exit(1);
}
