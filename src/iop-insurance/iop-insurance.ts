import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { parts, type CommonText } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { telLink } from '../shared/links.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf } from '../shared/validate.js';
import { insuranceShape, paymentsSchemaOrg } from './iop-insurance.schema.js';
import { insuranceText } from './iop-insurance.strings.js';
import { insuranceStyles } from './iop-insurance.styles.js';

type Text = (typeof insuranceText)['en'] & CommonText;
type Form = Element & { askInsurance?(): boolean };

/**
 * How the program is paid for: the insurance the facility accepts and its other payment options,
 * a plain sentence on what checking coverage involves (free, no commitment), and "Check my
 * coverage", which opens the appointment form's insurance questions, or, with no form on the page,
 * gives the facility's phone. It names only the carriers the facility wrote; with none, none.
 *
 * @tagname iop-insurance
 * @summary How the program is paid for: insurance accepted, payment options, a free coverage check.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart intro - The sentence on what checking coverage involves.
 * @csspart subheading - The headings "Insurance we accept" and "Payment options".
 * @csspart carriers - The list of insurance accepted.
 * @csspart payments - The list of payment options.
 * @csspart item - Each carrier and payment option.
 * @csspart carrier - Each carrier (also an `item`).
 * @csspart payment - Each payment option (also an `item`).
 * @csspart note - A carrier's note.
 * @csspart verify - The "Check my coverage" button.
 * @csspart call - The line with the phone number, when there is no form to go to.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopInsurance extends IopElement {
  static override styles = [baseStyles, insuranceStyles];

  static override properties: PropertyDeclarations = {
    carriers: { converter: jsonAttribute },
    accepts: { converter: jsonAttribute },
    // On unless `verify="false"` (or the property false): a form on the page, else the phone.
    verify: { converter: { fromAttribute: (value) => (value === null ? undefined : value !== 'false') } },
    heading: {},
    phone: {},
  };

  /** JSON array of insurance companies or plans the facility is in network with: names, or `{ name, note }`. Default: the facility's. */
  declare carriers?: unknown;
  /** JSON array of `medicaid`, `medicare`, `tricare`, `self-pay`, `payment-plan`, `sliding-scale`. Default: the facility's. */
  declare accepts?: unknown;
  /** Boolean: "Check my coverage", which opens the page's appointment form at its insurance questions, or with no form gives the phone. `verify="false"` for neither. Default: on. */
  declare verify?: boolean;
  /** Heading text. */
  declare heading?: string;
  /** Phone number to call to check coverage when there is no form. Default: the facility's. */
  declare phone?: string;

  protected config: ConfigOf<typeof insuranceShape> = {};
  protected t = insuranceText.en as Text;
  /** The form could not take the visitor (none left, or showing its confirmation): the phone instead. */
  #toPhone = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    ({ config: this.config, t: this.t } = this.resolve(insuranceShape, insuranceText));
  }

  /** The form inside the same facility, else the first in this element's document or shadow root. */
  #form(): Form | null {
    const tag = 'iop-appointment-form';
    return this.closest('iop-facility')?.querySelector(tag) ?? (this.getRootNode() as ParentNode).querySelector?.(tag) ?? null;
  }

  protected override render() {
    const { config, t } = this;
    const carriers = (config.carriers ?? []).map((carrier) => (typeof carrier === 'string' ? { name: carrier, note: '' } : carrier));
    const accepts = config.accepts ?? [];
    const form = !this.#toPhone && this.#form();
    return html`<section part="base" aria-labelledby="heading">
      ${this.renderHeading(config.heading, t.heading)}
      ${this.renderIssues(t)}
      <p part="intro">${t.intro}</p>
      ${carriers.length
        ? html`${this.subheading(1, 'subheading', t.carriers)}
            <ul part="carriers">
              ${carriers.map(({ name, note }) => html`<li part="item carrier">${name}${note ? html`<span part="note"> — ${note}</span>` : nothing}</li>`)}
            </ul>
            <p>${t.plansVary}</p>`
        : nothing}
      ${accepts.length
        ? html`${this.subheading(1, 'subheading', t.accepts)}
            <ul part="payments">
              ${accepts.map((payment) => html`<li part="item payment">${t[payment]}</li>`)}
            </ul>`
        : nothing}
      ${config.verify === false
        ? nothing
        : form
          ? html`<button part="verify" type="button" @click=${this.#check}>${t.verify}</button>`
          : config.phone
            ? html`<p part="call">${parts(t.call, { phone: telLink(config.phone) })}</p>`
            : nothing}
    </section>`;
  }

  /** Opens the form's coverage questions; where the form cannot, the phone takes the button's place and the focus. */
  async #check() {
    if (this.#form()?.askInsurance?.() || !this.config.phone) return;
    this.#toPhone = true;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="call"] a')?.focus();
  }

  /** The carriers and payment options, for the facility's `paymentAccepted` and `healthPlanNetworkId`. */
  override schemaOrg() {
    return paymentsSchemaOrg(this.config.carriers, this.config.accepts);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-insurance': IopInsurance;
  }
}
