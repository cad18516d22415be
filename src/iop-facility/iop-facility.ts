import { css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { IopElement } from '../shared/iop-element.js';
import { facilityContext, type Facility } from '../shared/facility-context.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { baseStyles } from '../shared/styles.js';
import { facilityShape } from './iop-facility.schema.js';

const noText = { en: {}, es: {} };

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

  /** The facility's name, as visitors know it. */
  @property() name?: string;
  /** Phone number: the fallback contact shown by every element. */
  @property() phone?: string;
  /** Email address. */
  @property() email?: string;
  /** The facility's website. */
  @property() url?: string;
  /** JSON `{ street, city, region, postalCode, country }`. */
  @property({ converter: jsonAttribute }) address?: unknown;
  /** IANA time zone of the program's times, e.g. `America/Chicago`. */
  @property() timezone?: string;
  /** Where appointment requests are sent (https or relative). */
  @property() endpoint?: string;

  @provide({ context: facilityContext })
  @state()
  protected shared: Facility = {};

  #t = { ...noText.en } as ReturnType<IopElement['resolve']>['t'];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { config, t } = this.resolve(facilityShape, noText);
    this.#t = t;
    // A new object only when something changed, so the elements inside do not re-render for nothing.
    if (JSON.stringify(config) !== JSON.stringify(this.shared)) this.shared = config;
  }

  protected override render() {
    return html`${this.renderIssues(this.#t)}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-facility': IopFacility;
  }
}
