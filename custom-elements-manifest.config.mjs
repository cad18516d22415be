// `cem analyze` (npm run build): the Custom Elements Manifest of the elements, written to dist/.
export default {
  globs: ['src/iop-*/iop-*.ts', 'src/shared/iop-element.ts'],
  exclude: ['src/**/*.schema.ts', 'src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      name: 'internal-state',
      // The analyzer lists every key of `static properties` as an attribute, even `{ state: true }`
      // ones, which Lit never observes: take those out of the attributes (they stay private members).
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const properties = node.members.find((member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties');
        if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
        const states = properties.initializer.properties
          .filter((entry) => /\bstate:\s*true\b/.test(entry.initializer?.getText() ?? ''))
          .map((entry) => entry.name.getText());
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!declaration || !states.length) return;
        declaration.attributes = declaration.attributes?.filter((attribute) => !states.includes(attribute.fieldName));
        for (const member of declaration.members ?? []) if (states.includes(member.name)) delete member.attribute;
      },
    },
    {
      name: 'stable-order',
      // The analyzer reads files in whatever order they arrive; dist/ must be the same on every build.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
