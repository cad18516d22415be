// The kit's elements for the node tests, read from the one registry (src/elements.ts) as the build
// reads it, so that a tag added there is covered here too.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/elements.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });

/** @type {{ tag: string, shape: string, description: string }[]} */
export const { elements } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
export const TAGS = elements.map(({ tag }) => tag);

/** `iop-level-of-care` -> `IopLevelOfCare`, the class each tag's module exports. */
export const className = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
