// `cem analyze` (npm run build): the Custom Elements Manifest of the elements, written to dist/.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

// The elements, from the one registry (src/elements.ts): each one's module, and its summary.
const { elements } = await import(
  `data:text/javascript;base64,${Buffer.from(transformSync(readFileSync('src/elements.ts', 'utf8'), { loader: 'ts', format: 'esm' }).code).toString('base64')}`
);

export default {
  globs: [...elements.map(({ tag }) => `src/${tag}/${tag}.ts`), 'src/shared/iop-element.ts'],
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
      name: 'internal-events',
      // `iop-updated` tells an enclosing facility that a child's schema.org part changed; it is not
      // part of the public surface, so it leaves the manifest (the analyzer finds every dispatch).
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'iop-updated');
          }
      },
    },
    {
      name: 'registry',
      // Every element of the registry is in the manifest, with the registry's one-line summary
      // where its JSDoc gives none.
      packageLinkPhase({ customElementsManifest }) {
        const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
        for (const { tag, description } of elements) {
          const declaration = declarations.find((d) => d.tagName === tag);
          if (!declaration) throw new Error(`custom-elements.json: <${tag}> is in src/elements.ts but was not found`);
          declaration.summary ??= description;
        }
      },
    },
    {
      name: 'stable-order',
      // The analyzer reads files in whatever order they arrive; dist/ must be the same on every build.
      // The registry's order, so tools that list the elements (the configurator) need no list of their own.
      packageLinkPhase({ customElementsManifest }) {
        const rank = (module) => {
          const index = elements.findIndex(({ tag }) => module.path === `src/${tag}/${tag}.ts`);
          return index < 0 ? elements.length : index;
        };
        customElementsManifest.modules.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
      },
    },
  ],
};
