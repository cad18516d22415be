// `cem analyze` (npm run build): the Custom Elements Manifest of the elements, written to dist/.
export default {
  globs: ['src/iop-*/iop-*.ts', 'src/shared/iop-element.ts'],
  exclude: ['src/**/*.schema.ts', 'src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      name: 'stable-order',
      // The analyzer reads files in whatever order they arrive; dist/ must be the same on every build.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
