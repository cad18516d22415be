import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// zod 4 ships comments rollup cannot place and one circular import between its own modules;
// both are harmless. Filter exactly those, from zod only, and let every other warning through.
const fromZod = (w) => [w.id, ...(w.ids ?? []), ...(w.cycle ?? [])].some((id) => id && /node_modules[\\/]zod[\\/]/.test(id));

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/iop-widgets.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && fromZod(warning)) return;
    warn(warning);
  },
};
