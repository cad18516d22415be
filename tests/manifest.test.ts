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

  it('a subclass whose decorators declare a property (Lit is told at class definition) observes its attribute too', async () => {
    type Base = CustomElementConstructor & { createProperty(name: string, options?: object): void };
    const Schedule = customElements.get('iop-schedule') as Base;
    // What a legacy @property() decorator does: createProperty on the class as it is defined.
    class Sub extends (Schedule as unknown as { new (): HTMLElement }) {}
    (Sub as unknown as Base).createProperty('extra', {});
    customElements.define('x-sub-schedule', Sub);
    const el = document.createElement('x-sub-schedule') as HTMLElement & { extra?: string; updateComplete: Promise<boolean> };
    document.body.append(el);
    el.setAttribute('extra', 'yes');
    el.setAttribute('heading', 'Our week');
    await el.updateComplete;
    expect(el.extra).to.equal('yes');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our week');
    el.remove();
  });

  it('so does a subclass of such a subclass, which declares nothing itself', async () => {
    type Base = CustomElementConstructor & { createProperty(name: string, options?: object): void };
    const Schedule = customElements.get('iop-schedule') as unknown as { new (): HTMLElement };
    class Mid extends Schedule {}
    (Mid as unknown as Base).createProperty('extra', {});
    class Leaf extends Mid {}
    customElements.define('x-leaf-schedule', Leaf);
    const el = document.createElement('x-leaf-schedule') as HTMLElement & { extra?: string; updateComplete: Promise<boolean> };
    document.body.append(el);
    el.setAttribute('extra', 'yes');
    await el.updateComplete;
    expect(el.extra).to.equal('yes');
    el.remove();
  });
});
