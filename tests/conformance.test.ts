// The same checks on every element of the registry: what the README promises of each one alike
// ("Configuring an element", "When a configuration is wrong"). An element added to src/elements.ts
// is covered at once: its JSON attribute comes from the manifest, and without a row in `cases` it
// is checked as an element with a heading in English and Spanish.
import { expect, fixture, html } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import './define-all.js';
import { elements, type Tag } from '../src/elements.js';
import { captureWarnings, noticeLines, part, settle } from './helpers.js';
import { levelOfCareText } from '../src/iop-level-of-care/iop-level-of-care.strings.js';
import { therapyListText } from '../src/iop-therapy-list/iop-therapy-list.strings.js';
import { scheduleText } from '../src/iop-schedule/iop-schedule.strings.js';
import { appointmentFormText } from '../src/iop-appointment-form/iop-appointment-form.strings.js';
import { insuranceText } from '../src/iop-insurance/iop-insurance.strings.js';
import type { ConfigIssue } from '../src/shared/events.js';

type Kit = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void; [key: string]: unknown };

interface Case {
  /** A text key that shows: `heading`, or the facility's `name` (which it hands to the elements inside). */
  key: string;
  /** The built-in value of that key in English and Spanish; none for the facility's name. */
  defaults?: { en: string; es: string };
}

const headings = (table: { en: { heading: string }; es: { heading: string } }) => ({ en: table.en.heading, es: table.es.heading });
// What is known of each element beyond the registry; any other element has a heading (its texts
// in both languages are checked to exist and differ).
const cases: Partial<Record<Tag, Case>> = {
  'iop-facility': { key: 'name' },
  'iop-level-of-care': { key: 'heading', defaults: headings(levelOfCareText) },
  'iop-therapy-list': { key: 'heading', defaults: headings(therapyListText) },
  'iop-schedule': { key: 'heading', defaults: headings(scheduleText) },
  'iop-insurance': { key: 'heading', defaults: headings(insuranceText) },
  'iop-appointment-form': { key: 'heading', defaults: headings(appointmentFormText) },
};

/** Each element's first JSON attribute (a structured value, `unknown` in the manifest), to break. */
interface Declaration {
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
}
const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
const jsonAttribute = (tag: Tag): string => {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  const found = declaration?.attributes?.find((attribute) => attribute.type?.text.startsWith('unknown') && attribute.name !== 'strings');
  if (!found) throw new Error(`${tag}: no JSON attribute in dist/custom-elements.json`);
  return found.name;
};

/** What the element shows for the key: its heading, or the name the facility hands down. */
function shown(el: Kit, key: string): string | undefined {
  if (key === 'heading') return part(el, 'heading')!.textContent!;
  const asker = el.querySelector('span') ?? el.appendChild(document.createElement('span'));
  let value: { name?: string } | undefined;
  asker.dispatchEvent(new ContextEvent('iop-facility' as never, asker, (v: { name?: string }) => (value = v), false));
  return value?.name;
}

/** Renders `<tag attributes>children</tag>` and waits until it has settled. */
async function render(tag: Tag, attributes = '', children = '', lang = 'en'): Promise<Kit> {
  // Parsed from HTML, as a page would have it: attributes and script child there at upgrade.
  const wrapper = await fixture(html`<div lang=${lang} .innerHTML=${`<${tag} ${attributes}>${children}</${tag}>`}></div>`);
  const el = wrapper.firstElementChild as Kit;
  await settle(el);
  return el;
}

const script = (config: object) => `<script type="application/json">${JSON.stringify(config)}</script>`;

describe('every element of the registry', () => {
  it('the cases name only elements of the registry', () => {
    const tags: string[] = elements.map(({ tag }) => tag);
    expect(Object.keys(cases).filter((tag) => !tags.includes(tag))).to.deep.equal([]);
  });

  for (const { tag } of elements) {
    const { key, defaults } = cases[tag] ?? { key: 'heading' };
    const json = jsonAttribute(tag);
    const attribute = key;

    describe(tag, () => {
      it('renders from defaults alone, with no notice, accessibly', async () => {
        const el = await render(tag);
        expect(part(el, 'error')).to.equal(null);
        if (defaults) expect(shown(el, key)).to.equal(defaults.en);
        else if (key === 'heading') expect(shown(el, key)).not.to.equal('');
        else expect(shown(el, key)).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it(`takes ${key} from the attribute, the property and the script child`, async () => {
        expect(shown(await render(tag, `${attribute}="From the attribute"`), key)).to.equal('From the attribute');
        expect(shown(await render(tag, '', script({ [key]: 'From the script' })), key)).to.equal('From the script');
        const el = await render(tag);
        el[key] = 'From the property';
        await settle(el);
        expect(shown(el, key)).to.equal('From the property');
      });

      it('the attribute or property wins over the script child; remove it and the script child shows', async () => {
        const el = await render(tag, `${attribute}="From the attribute"`, script({ [key]: 'From the script' }));
        expect(shown(el, key)).to.equal('From the attribute');
        el[key] = 'From the property';
        await settle(el);
        expect(shown(el, key)).to.equal('From the property');
        el.removeAttribute(attribute);
        el[key] = undefined;
        await settle(el);
        expect(shown(el, key)).to.equal('From the script');
      });

      it(`bad JSON in ${json}: a notice naming it, one warning, one iop-config-error, and the element still works`, async () => {
        const events: ConfigIssue[][] = [];
        const listen = (event: Event) => events.push((event as CustomEvent<{ issues: ConfigIssue[] }>).detail.issues);
        document.addEventListener('iop-config-error', listen);
        let el!: Kit;
        const warnings = await captureWarnings(async () => {
          el = await render(tag, `${json}='{"oops": ' ${attribute}="Still here"`);
          // Another update with the same problem must not report it again.
          el.requestUpdate();
          await settle(el);
        });
        document.removeEventListener('iop-config-error', listen);
        expect(noticeLines(el)).to.have.length(1);
        expect(noticeLines(el)[0]).to.match(new RegExp(`^${tag}: ${json}: is not valid JSON`));
        expect(warnings).to.deep.equal(noticeLines(el));
        expect(events).to.have.length(1);
        expect(events[0]).to.have.length(1);
        expect(events[0][0].path).to.equal(json);
        expect(shown(el, key)).to.equal('Still here');
        await expect(el).to.be.accessible();
      });

      it('speaks Spanish under lang="es", the notice included', async () => {
        let el!: Kit;
        await captureWarnings(async () => {
          el = await render(tag, `${json}='['`, '', 'es');
        });
        expect(part(el, 'error')!.querySelector('p')!.textContent).to.equal('Parte de esta sección está mal configurada.');
        if (defaults) expect(shown(el, key)).to.equal(defaults.es);
        else if (key === 'heading') {
          const english = shown(await render(tag), key);
          expect(shown(el, key)).not.to.be.oneOf(['', english]);
        }
        await expect(el).to.be.accessible();
      });
    });
  }
});
