import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { fmt, type CommonText } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf } from '../shared/validate.js';
import { categories, formats, therapyListShape, type Therapy } from './iop-therapy-list.schema.js';
import { defaultTherapies, therapyListText } from './iop-therapy-list.strings.js';
import { therapyListStyles } from './iop-therapy-list.styles.js';

type Text = (typeof therapyListText)['en'] & CommonText;

/** Folds accents and case, so "terapia familiar" finds "Terapia Familiar" and "psicodrama" finds "Psicodrama". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Therapies drawn before a "Show N more" button: a keystroke over a long catalogue lays out at
 * most this many cards (a thousand took ~60 ms a keystroke), and a phone is not handed a wall of them.
 */
export const MAX_SHOWN = 50;

/**
 * The therapies and services the program offers, grouped by category, with optional filters by
 * category, format and text. Defaults: the core services and the evidence-based and experiential
 * therapies an IOP typically offers.
 *
 * @tagname iop-therapy-list
 * @summary The therapies and services the program offers.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart filters - The search box and the two filters.
 * @csspart count - The number of therapies shown (a polite live region).
 * @csspart label - Each filter's label (the search box's and both lists').
 * @csspart input - The search box.
 * @csspart select - The category and format lists.
 * @csspart category - Each category's heading.
 * @csspart list - Each category's list.
 * @csspart item - Each therapy.
 * @csspart therapy - Same nodes as `item`.
 * @csspart therapy-name - Each therapy's name (a heading).
 * @csspart toggle - Each therapy's More button (narrow screens).
 * @csspart telehealth - "Telehealth available".
 * @csspart empty - The "no therapies match" message.
 * @csspart reset - The button that clears the filters.
 * @csspart more - The button that shows the matching therapies past the first 50.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopTherapyList extends IopElement {
  static override styles = [baseStyles, therapyListStyles];

  static override properties: PropertyDeclarations = {
    therapies: { converter: jsonAttribute },
    filterable: { type: Boolean },
    layout: {},
    heading: {},
    query: { state: true },
    category: { state: true },
    format: { state: true },
  };

  /** JSON array of therapies; replaces the defaults. */
  declare therapies?: unknown;
  /** Adds category and format filters and a text search. */
  declare filterable?: boolean;
  /** `grid` or `list`. */
  declare layout?: string;
  /** Heading text. */
  declare heading?: string;

  private query = '';
  private category = '';
  private format = '';

  protected config: ConfigOf<typeof therapyListShape> = {};
  protected t = therapyListText.en as Text;
  #all: Therapy[] = [];
  #haystacks: string[] = [];
  /** Each therapy's heading and its description, built once per configuration, not per keystroke. */
  #contents: [TemplateResult, TemplateResult | typeof nothing][] = [];
  /** Therapies whose description a visitor opened on a narrow screen. */
  #open = new Set<number>();
  #groups: [Therapy['category'], number[]][] = [];
  /** Whether the visitor asked for every match, past `MAX_SHOWN`. */
  #expanded = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { config, t } = this.resolve(therapyListShape, therapyListText);
    if (config === this.config) return;
    // A new configuration object also means new text: resolve returns both anew, or both cached.
    this.config = config;
    this.t = t;
    this.#all = config.therapies ?? defaultTherapies[this.lang_];
    this.#haystacks = this.#all.map((therapy) => fold(`${therapy.name} ${therapy.description ?? ''}`));
    this.#contents = this.#all.map((therapy, i) => this.#content(therapy, i));
    this.#open.clear();
    this.#expanded = false;
    // A category the new list no longer has is not offered: a filter on it would hide every therapy under "All categories".
    if (!this.#all.some((therapy) => therapy.category === this.category)) this.category = '';
    this.#groups = categories
      .map((category) => [category, this.#all.flatMap((therapy, i) => (therapy.category === category ? [i] : []))] as [Therapy['category'], number[]])
      .filter(([, indices]) => indices.length);
  }

  /** Which therapies pass the filters. */
  #matches(): boolean[] {
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    return this.#all.map(
      (therapy, i) =>
        !this.config.filterable ||
        ((!this.category || therapy.category === this.category) &&
          (!this.format || !!therapy.formats?.includes(this.format as (typeof formats)[number])) &&
          words.every((word) => this.#haystacks[i].includes(word))),
    );
  }

  protected override render() {
    const { config, t } = this;
    const matches = this.#matches();
    const shown = matches.filter(Boolean).length;
    const drawn = this.#expanded ? shown : Math.min(shown, MAX_SHOWN);
    // Only the first `drawn` matches are rendered, in category order; a keystroke updates those.
    let room = drawn;
    return html`<section part="base" aria-labelledby="heading">
      ${this.renderHeading(config.heading, t.heading)} ${this.renderIssues(t)} ${config.filterable ? this.#filters(shown) : nothing}
      ${this.#groups.map(([category, indices]) => {
        const list = indices.filter((i) => matches[i] && room-- > 0);
        return list.length
          ? html`<div>
              ${this.subheading(1, 'category', t[category])}
              <ul part="list" class=${config.layout!}>
                ${list.map((i) => this.#item(i))}
              </ul>
            </div>`
          : nothing;
      })}
      ${drawn < shown ? html`<button part="more" type="button" @click=${this.#showAll}>${fmt(t.showMore, { count: shown - drawn })}</button>` : nothing}
      ${shown || !config.filterable
        ? nothing
        : html`<p part="empty">${t.empty}</p>
            <button part="reset" type="button" @click=${this.#reset}>${t.reset}</button>`}
    </section>`;
  }

  #filters(shown: number) {
    const { t } = this;
    const option = (value: string, label: string, selected: string) =>
      html`<option value=${value} .selected=${value === selected}>${label}</option>`;
    const present = categories.filter((category) => this.#all.some((therapy) => therapy.category === category));
    return html`<div part="filters">
      <label part="label"
        >${t.search}
        <input part="input" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </label>
      <label part="label"
        >${t.category}
        <select part="select" @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}>
          ${option('', t.allCategories, this.category)} ${present.map((c) => option(c, t[c], this.category))}
        </select>
      </label>
      <label part="label"
        >${t.format}
        <select part="select" @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value)}>
          ${option('', t.allFormats, this.format)} ${formats.map((f) => option(f, t[f], this.format))}
        </select>
      </label>
      <p part="count" role="status">${fmt(t.count, { shown, total: this.#all.length })}</p>
    </div>`;
  }

  /** Each therapy as a schema.org service of the facility. */
  override schemaOrg() {
    // Only what the facility wrote: the default catalogue is an example, not its services.
    return {
      availableService: (this.config.therapies ?? []).map(({ name, description, category }) => ({
        '@type': category === 'medical' ? 'MedicalTherapy' : 'PsychologicalTreatment',
        name,
        description,
      })),
    };
  }

  /** A therapy; on a narrow screen its description waits behind a disclosure button. */
  #item(i: number) {
    const [head, body] = this.#contents[i];
    const open = this.#open.has(i);
    return html`<li part="item therapy" class=${open ? 'open' : ''}>
      ${head}
      ${body === nothing
        ? nothing
        : html`<button part="toggle" class="toggle" type="button" aria-expanded=${open} aria-controls="d${i}" @click=${() => this.#toggle(i)}>
            ${this.t.more}<span class="visually-hidden">: ${this.#all[i].name}</span>
          </button>`}
      ${body}
    </li>`;
  }

  #toggle(i: number) {
    if (!this.#open.delete(i)) this.#open.add(i);
    this.requestUpdate();
  }

  #content(therapy: Therapy, i: number): [TemplateResult, TemplateResult | typeof nothing] {
    const { t } = this;
    const tags = (therapy.formats ?? []).map((f) => t[f]).join(' · ');
    return [
      html`${this.subheading(2, 'therapy-name', therapy.name)}
        ${tags || therapy.telehealth
          ? html`<p class="tags">
              ${tags}${tags && therapy.telehealth ? ' · ' : ''}${therapy.telehealth ? html`<span part="telehealth">${t.telehealth}</span>` : nothing}
            </p>`
          : nothing}`,
      therapy.description || therapy.url
        ? html`<div class="more" id="d${i}">
            ${therapy.description ? html`<p>${therapy.description}</p>` : nothing}
            ${therapy.url ? html`<p><a href=${therapy.url}>${t.learnMore}<span class="visually-hidden">: ${therapy.name}</span></a></p>` : nothing}
          </div>`
        : nothing,
    ];
  }

  async #showAll() {
    this.#expanded = true;
    this.requestUpdate();
    await this.updateComplete;
    // The button has gone; the visitor goes on from the first card it revealed.
    const first = this.renderRoot.querySelectorAll<HTMLElement>('[part~="therapy-name"]')[MAX_SHOWN];
    if (first) first.tabIndex = -1;
    first?.focus();
  }

  async #reset() {
    this.query = this.category = this.format = '';
    await this.updateComplete;
    // The reset button has gone with the empty state; put the visitor back in the search box.
    this.renderRoot.querySelector('input')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-therapy-list': IopTherapyList;
  }
}
