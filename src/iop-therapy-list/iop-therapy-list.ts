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

// One small stroke icon per category, drawn inline: no icon font, no request.
const icons: Record<Therapy['category'], string> = {
  'core': 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 11a2.5 2.5 0 1 0 0-5M18 14c2 .6 3 2.6 3 6',
  'evidence-based': 'M4 12.5l5 5L20 6.5',
  'experiential': 'M12 3l2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z',
  'support': 'M12 20s-8-4.6-8-10.3A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8 2.7C20 15.4 12 20 12 20z',
  'medical': 'M12 4v16M4 12h16',
};

/** Folds accents and case, so "terapia familiar" finds "Terapia Familiar" and "psicodrama" finds "Psicodrama". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

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
 * @csspart category - Each category's heading.
 * @csspart list - Each category's list.
 * @csspart item - Each therapy.
 * @csspart therapy - Same nodes as `item`.
 * @csspart telehealth - "Telehealth available".
 * @csspart empty - The "no therapies match" message.
 * @csspart reset - The button that clears the filters.
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
  /** Each therapy's content and its category's indices, built once per configuration, not per keystroke. */
  #contents: TemplateResult[] = [];
  #groups: [Therapy['category'], number[]][] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { config, t } = this.resolve(therapyListShape, therapyListText);
    if (config === this.config) return;
    // A new configuration object also means new text: resolve returns both anew, or both cached.
    this.config = config;
    this.t = t;
    this.#all = config.therapies ?? defaultTherapies(this.lang_);
    this.#haystacks = this.#all.map((therapy) => fold(`${therapy.name} ${therapy.description ?? ''}`));
    this.#contents = this.#all.map((therapy) => this.#content(therapy));
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
    // Every therapy is rendered once and filtering only toggles `hidden`: a keystroke over a long
    // catalogue flips attributes instead of rebuilding the list, and open disclosures stay open.
    return html`<section part="base" aria-labelledby="heading">
      <h2 part="heading" id="heading">${config.heading ?? t.heading}</h2>
      ${this.renderIssues(t)} ${config.filterable ? this.#filters(shown) : nothing}
      ${this.#groups.map(
        ([category, indices]) => html`<div ?hidden=${!indices.some((i) => matches[i])}>
          <h3 part="category"><svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icons[category]}></path></svg>${t[category]}</h3>
          <ul part="list" class=${config.layout ?? 'grid'}>
            ${indices.map((i) => html`<li part="item therapy" ?hidden=${!matches[i]}>${this.#contents[i]}</li>`)}
          </ul>
        </div>`,
      )}
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
      <label
        >${t.search}
        <input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </label>
      <label
        >${t.category}
        <select @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}>
          ${option('', t.allCategories, this.category)} ${present.map((c) => option(c, t[c], this.category))}
        </select>
      </label>
      <label
        >${t.format}
        <select @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value)}>
          ${option('', t.allFormats, this.format)} ${formats.map((f) => option(f, t[f], this.format))}
        </select>
      </label>
      <p part="count" role="status">${fmt(t.count, { shown, total: this.#all.length })}</p>
    </div>`;
  }

  /** Each therapy as a schema.org service of the facility. */
  override schemaOrg() {
    return {
      availableService: this.#all.map(({ name, description, category }) => ({
        '@type': category === 'medical' ? 'MedicalTherapy' : 'PsychologicalTreatment',
        name,
        description,
      })),
    };
  }

  #content(therapy: Therapy) {
    const { t } = this;
    // The first sentence shows; the rest folds behind a native disclosure.
    const [first, ...rest] = (therapy.description ?? '').split(/(?<=[.!?])\s+/);
    const tags = (therapy.formats ?? []).map((f) => t[f]).join(' · ');
    return html`<h4>${therapy.name}</h4>
      ${tags || therapy.telehealth
        ? html`<p class="tags">
            ${tags}${tags && therapy.telehealth ? ' · ' : ''}${therapy.telehealth
              ? html`<span part="telehealth">${t.telehealth}</span>`
              : nothing}
          </p>`
        : nothing}
      ${first ? html`<p>${first}</p>` : nothing}
      ${rest.length
        ? html`<details>
            <summary>${t.more}</summary>
            <p>${rest.join(' ')}</p>
          </details>`
        : nothing}
      ${therapy.url
        ? html`<p><a href=${therapy.url}>${t.learnMore}<span class="visually-hidden">: ${therapy.name}</span></a></p>`
        : nothing}`;
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
