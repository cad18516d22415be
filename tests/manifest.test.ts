import { expect } from '@open-wc/testing';
import './define-all.js';
import { elements } from '../src/elements.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
}

describe('custom-elements.json', () => {
  it('lists each element’s attributes exactly as the element observes them', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations: Declaration[] = manifest.modules.flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? []).filter((d: Declaration) => d.tagName);
    expect(declarations.map((d) => d.tagName).sort()).to.deep.equal(elements.map(({ tag }) => tag).sort());
    for (const declaration of declarations) {
      const element = customElements.get(declaration.tagName!) as unknown as { observedAttributes: string[] };
      const documented = (declaration.attributes ?? []).map((a) => a.name).sort();
      expect(documented, declaration.tagName).to.deep.equal([...new Set(element.observedAttributes)].sort());
      expect((declaration.events ?? []).map((e) => e.name), declaration.tagName).to.include('iop-config-error');
      // The facility's internal signal from its children is not public API.
      expect((declaration.events ?? []).map((e) => e.name), declaration.tagName).not.to.include('iop-updated');
      expect((declaration.cssParts ?? []).map((p) => p.name), declaration.tagName).to.include('error');
    }
  });

  it('each element observes the attributes Lit maps from its properties, though its class is finalized only at first use', () => {
    for (const { tag } of elements) {
      type Finalized = { observedAttributes: string[]; elementProperties: Map<string, { attribute?: unknown }> };
      const element = customElements.get(tag) as unknown as Finalized;
      document.createElement(tag); // finalizes the class, as the first element of a tag does
      const mapped = [...element.elementProperties]
        .filter(([, { attribute }]) => attribute !== false)
        .map(([name, { attribute }]) => (typeof attribute == 'string' ? attribute : name.toLowerCase()));
      expect([...element.observedAttributes].sort(), tag).to.deep.equal([...mapped, 'lang'].sort());
    }
  });
});
