// Bytes of the bundle, as visitors download it: raw, gzip -9 and brotli 11, against the budget.
// `node bench/size.mjs --check` fails (exit 1) when gzip passes the budget; bytes are deterministic,
// so this belongs in `npm test`. Timings never do: they are in `npm run bench`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// 44 KB: room for what this round adds (prerender take-over, the insurance element, theming); the aim stays 40 KB.
export const BUDGET_GZIP = 44 * 1024;
export const AIM_GZIP = 40 * 1024;
export const BUNDLE = fileURLToPath(new URL('../dist/iop-widgets.js', import.meta.url));

export function measureSize(file = BUNDLE) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { raw, gzip, brotli } = measureSize();
  const verdict = gzip <= BUDGET_GZIP ? 'within' : 'OVER';
  console.log(`dist/iop-widgets.js: ${raw} B raw, ${gzip} B gzip -9, ${brotli} B brotli 11: ${verdict} the ${BUDGET_GZIP} B gzip budget (margin ${BUDGET_GZIP - gzip} B; ${AIM_GZIP - gzip} B to the ${AIM_GZIP} B aim)`);
  if (process.argv.includes('--check') && gzip > BUDGET_GZIP) process.exit(1);
}
