import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { IopElement } from '../shared/iop-element.js';
import { facilityContext, type Facility } from '../shared/facility-context.js';
import { jsonAttribute, jsonOrText } from '../shared/json-attribute.js';
import { baseStyles } from '../shared/styles.js';
import { facilityShape } from './iop-facility.schema.js';
import { paymentsSchemaOrg } from '../iop-insurance/iop-insurance.schema.js';

const noText = { en: {}, es: {} };

type ScriptPolicy = { createScript(text: string): string };
let policy: ScriptPolicy | null | undefined;
/**
 * A script's text is a Trusted Types sink on strict pages, even for JSON-LD. This module-private
 * policy passes through only the JSON built below (with `<` escaped). Where the page allows no such
 * policy, there is no JSON-LD: null.
 */
function trustedScript(json: string): string | null {
  if (policy === undefined) {
    const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('iop-widgets', { createScript: (text) => text }) : { createScript: (text) => text };
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : null;
}

/**
 * JSON text of plain data without any `toJSON` a page added: prototype.js-style
 * `Array.prototype.toJSON` (returning a string) would turn every list of the JSON-LD into a
 * string. `JSON.stringify` calls a value's `toJSON` before the replacer, and hands the replacer the
 * holder as `this`: reading the value again from the holder undoes it. (The data holds only
 * strings, objects and arrays, whose own serialisation is what is wanted.)
 */
const toJson = (data: object): string =>
  JSON.stringify(data, function (this: Record<string, unknown>, key) {
    return this[key];
  });

/**
 * Holds what the kit's elements share and hands it to every one of them inside it. An element's
 * own attribute wins over the facility's. Values that fail validation are reported here and not
 * passed on.
 *
 * @tagname iop-facility
 * @summary The facility's name, phone, time zone and endpoint, shared with the elements inside.
 * @slot - The kit's elements, and any other page content.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopFacility extends IopElement {
  static override styles = [
    baseStyles,
    // No box and no text styles of its own: the page's layout and look reach its children unchanged.
    css`
      :host {
        display: contents;
        color: inherit;
        font-family: inherit;
        line-height: inherit;
        overflow-wrap: inherit;
      }
      [part~='error'] {
        display: block;
        color: var(--_text);
        font-family: var(--iop-font-family, inherit);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    name: {},
    phone: {},
    email: {},
    url: {},
    address: { converter: jsonAttribute },
    timezone: {},
    endpoint: {},
    admissionsHours: { attribute: 'admissions-hours', converter: jsonOrText },
    carriers: { converter: jsonAttribute },
    accepts: { converter: jsonAttribute },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** The facility's name, as visitors know it. */
  declare name?: string;
  /** Phone number: the fallback contact shown by every element. */
  declare phone?: string;
  /** Email address. */
  declare email?: string;
  /** The facility's website. */
  declare url?: string;
  /** JSON `{ street, city, region, postalCode, country }`. */
  declare address?: unknown;
  /** IANA time zone of the program's times, e.g. `America/Chicago`. */
  declare timezone?: string;
  /** Where appointment requests are sent (https or relative). */
  declare endpoint?: string;
  /** When the admissions phone is answered: `"24/7"` or JSON `{ "mon": "08:00-20:00", ... }` in the facility's zone. */
  declare admissionsHours?: unknown;
  /** JSON array of insurance companies or plans the facility is in network with: names, or `{ name, note }`. */
  declare carriers?: unknown;
  /** JSON array of `medicaid`, `medicare`, `tricare`, `self-pay`, `payment-plan`, `sliding-scale`. */
  declare accepts?: unknown;
  /** Adds a schema.org `MedicalClinic` description of the facility to the document, for search engines. */
  structuredData = false;

  /** Shares the validated values with the elements inside, which ask for them as they connect. */
  #provider = new ContextProvider(this, { context: facilityContext, initialValue: {} as Facility });

  #t = { ...noText.en } as ReturnType<IopElement['resolve']>['t'];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { config, t } = this.resolve(facilityShape, noText);
    this.#t = t;
    // A new object only when something changed, so the elements inside do not re-render for nothing.
    if (JSON.stringify(config) !== JSON.stringify(this.#provider.value)) this.#provider.setValue(config);
  }

  protected override render() {
    return html`${this.renderIssues(this.#t)}<slot></slot>`;
  }

  #jsonLd?: HTMLScriptElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('iop-updated', this.#describe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('iop-updated', this.#describe);
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#describe();
  }

  /** Keeps one JSON-LD script in the document head in step with the facility and its elements. */
  #describe = () => {
    if (!this.structuredData || !this.isConnected) {
      this.#jsonLd?.remove();
      this.#jsonLd = undefined;
      return;
    }
    const { name, phone, email, url, address, carriers, accepts } = this.#provider.value ?? {};
    const data: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name,
      telephone: phone,
      email,
      url: url && new URL(url, document.baseURI).href,
      address: address && {
        '@type': 'PostalAddress',
        streetAddress: address.street,
        addressLocality: address.city,
        addressRegion: address.region,
        postalCode: address.postalCode,
        addressCountry: address.country,
      },
    };
    // The facility's own carriers and payment options, then what each element inside adds; a
    // name an element repeats (its carriers default to the facility's) is published once.
    const described: Record<string, unknown[]>[] = [paymentsSchemaOrg(carriers, accepts)];
    for (const el of this.querySelectorAll('*')) if (el instanceof IopElement && el.schemaOrg) described.push(el.schemaOrg());
    for (const part of described)
      for (const [key, values] of Object.entries(part)) if (values.length) data[key] = [...new Set([...((data[key] as unknown[]) ?? []), ...values])];
    // `<` escaped, so no value can close the script if the page is ever serialized.
    const json = trustedScript(toJson(data).replace(/</g, '\\u003c'));
    if (json === null || this.#jsonLd?.text === String(json)) return;
    this.#jsonLd?.remove();
    // What `iop-widgets prerender` or the configurator wrote (in the head or in a snippet) is replaced by this live one, never doubled.
    for (const prerendered of document.querySelectorAll('script[data-iop-prerendered]')) prerendered.remove();
    // A new script each time: a script's text is set once, before it enters the document.
    this.#jsonLd = Object.assign(document.createElement('script'), { type: 'application/ld+json', text: json });
    document.head.append(this.#jsonLd);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-facility': IopFacility;
  }
}
