import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { fmt, parts, type CommonText } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { telLink } from '../shared/links.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf, RawIssue } from '../shared/validate.js';
import { levelOfCareShape, type Level } from './iop-level-of-care.schema.js';
import { defaultLevels, levelOfCareText } from './iop-level-of-care.strings.js';
import { levelOfCareStyles } from './iop-level-of-care.styles.js';

type Text = (typeof levelOfCareText)['en'] & CommonText;
type Config = ConfigOf<typeof levelOfCareShape>;

/**
 * The continuum of care, from early intervention to medically managed inpatient care, with this
 * program's level marked. Defaults follow the ASAM Criteria, with intensive outpatient (2.1) current.
 *
 * @tagname iop-level-of-care
 * @summary Where this program sits on the continuum of care.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart level-name - Each level's name (a heading in the chart).
 * @csspart toggle - Each level's Details button (narrow screens).
 * @csspart table - The comparison table (`view="table"`).
 * @csspart item - Each level (a list item, or a table row).
 * @csspart level - Same nodes as `item`.
 * @csspart current - The level of this program.
 * @csspart badge - "This program", "Also offered here" or "Not offered here".
 * @csspart note - The closing note about assessment, with the phone number.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopLevelOfCare extends IopElement {
  static override styles = [baseStyles, levelOfCareStyles];

  static override properties: PropertyDeclarations = {
    levels: { converter: jsonAttribute },
    current: {},
    offered: { converter: jsonAttribute },
    view: {},
    heading: {},
    name: {},
    phone: {},
  };

  /** JSON array of levels; replaces the default ASAM levels. */
  declare levels?: unknown;
  /** Code of this program's level. Default `2.1`. */
  declare current?: string;
  /** JSON array of codes the facility offers; the others are shown muted. Default `[current]`. */
  declare offered?: unknown;
  /** `chart` (intensity ladder) or `table` (side-by-side comparison). */
  declare view?: string;
  /** Heading text. */
  declare heading?: string;
  /** The facility's name for the closing note (default: the facility's). */
  declare name?: string;
  /** Phone number for the closing note (default: the facility's). */
  declare phone?: string;

  protected config: Config = {};
  protected t = levelOfCareText.en as Text;
  /** Levels whose details a visitor opened or closed on a narrow screen (the current one starts open). */
  #flipped = new Set<string>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    ({ config: this.config, t: this.t } = this.resolve(levelOfCareShape, levelOfCareText, (config, t) => this.#unknownCodes(config, t)));
  }

  /**
   * `current` and `offered` must name levels that are shown. An unknown code in `offered` is flagged
   * at its index, so configure() drops that code alone and keeps the others.
   */
  #unknownCodes(config: Config, t: Text): RawIssue[] {
    const codes = (config.levels ?? defaultLevels[this.lang_]).map((level) => level.code);
    const unknown = (key: string, path: number[], value: string): RawIssue => ({
      key,
      path,
      message: fmt(t.unknownLevel, { value, codes: codes.join(', ') }),
    });
    const issues: RawIssue[] = [];
    if (config.current !== undefined && !codes.includes(config.current)) issues.push(unknown('current', [], config.current));
    config.offered?.forEach((code, i) => codes.includes(code) || issues.push(unknown('offered', [i], code)));
    return issues;
  }

  protected override render() {
    const { config, t } = this;
    const levels = config.levels ?? defaultLevels[this.lang_];
    const current = config.current ?? (config.levels ? undefined : '2.1');
    const offered = new Set(config.offered ?? (current ? [current] : []));
    const rows = levels.map((level, index) => {
      const isCurrent = level.code === current;
      const isOffered = isCurrent || offered.has(level.code);
      return {
        level,
        index,
        isCurrent,
        className: isCurrent ? 'current' : isOffered ? 'offered' : 'not-offered',
        badge: isCurrent ? t.thisProgram : isOffered ? t.offeredHere : t.notOffered,
      };
    });
    return html`<section part="base" aria-labelledby="heading">
      ${this.renderHeading(config.heading, t.heading)} ${this.renderIssues(t)} ${config.view === 'table' ? this.#table(rows) : this.#chart(rows)}
      <p part="note">${t.assessment} ${this.#call()}</p>
    </section>`;
  }

  #chart(rows: Row[]) {
    const { t } = this;
    return html`<p class="intro">${t.intro}</p>
      <ol>
        ${rows.map(({ level, index, isCurrent, className, badge }) => {
          // On a phone only the hours show until the visitor asks for the rest.
          const hours = this.#hours(level);
          const rest = [this.#setting(level), level.supervision].filter(Boolean);
          const more = rest.length || level.summary || level.duration || level.suitableFor?.length;
          const open = isCurrent !== this.#flipped.has(level.code);
          return html`<li part="item level${isCurrent ? ' current' : ''}" class="${className}${open ? ' open' : ''}" aria-current=${isCurrent ? 'true' : nothing}>
            <div class="title">
              <span class="code">${level.code}</span>
              ${this.subheading(1, 'level-name', level.name)}
              <span part="badge">${badge}</span>
            </div>
            
            ${more
              ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${open} aria-controls="more${index}" @click=${() => this.#toggle(level.code)}>
                  ${t.details}<span class="visually-hidden">: ${level.name}</span>
                </button>`
              : nothing}
            <p class="facts">${hours}<span class="more">${hours && rest.length ? ' · ' : ''}${rest.join(' · ')}</span></p>
            ${more
              ? html`<div class="more" id="more${index}">
                    ${level.summary ? html`<p>${level.summary}</p>` : nothing}
                    ${level.duration ? html`<p>${t.lengthLabel} ${level.duration}</p>` : nothing}
                    ${level.suitableFor?.length
                      ? html`<p>${t.suitsLabel}</p>
                          <ul>
                            ${level.suitableFor.map((item) => html`<li>${item}</li>`)}
                          </ul>`
                      : nothing}
                  </div>`
              : nothing}
          </li>`;
        })}
      </ol>`;
  }

  #toggle(code: string) {
    if (!this.#flipped.delete(code)) this.#flipped.add(code);
    this.requestUpdate();
  }

  #table(rows: Row[]) {
    const { t } = this;
    const cell = (value?: string) => html`<td>${value || t.notApplicable}</td>`;
    // "At this facility" comes right after the level, so a phone shows it without scrolling sideways.
    // A phone sees the first two columns whole; the rest scroll sideways, and a line says so.
    return html`<p class="hint" id="hint">${t.scrollHint}</p>
      <div class="scroll" role="group" aria-labelledby="caption" aria-describedby="hint" tabindex="0">
        <table part="table">
          <caption id="caption" class="visually-hidden">${t.tableCaption}</caption>
          <colgroup>
            <col /><col /><col /><col /><col /><col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">${t.colLevel}</th>
              <th scope="col">${t.colHere}</th>
              <th scope="col">${t.colHours}</th>
              <th scope="col">${t.colSetting}</th>
              <th scope="col">${t.colSupervision}</th>
              <th scope="col">${t.colLength}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ level, isCurrent, className, badge }) => html`<tr part="item level${isCurrent ? ' current' : ''}" class=${className} aria-current=${isCurrent ? 'true' : nothing}>
                <th scope="row"><span class="code">${level.code}</span> ${level.name}</th>
                <td>${isCurrent ? html`<strong>${badge}</strong>` : badge}</td>
                ${cell(this.#hours(level))} ${cell(this.#setting(level))} ${cell(level.supervision)} ${cell(level.duration)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  #hours({ hoursPerWeek: h }: Level): string | undefined {
    const { t } = this;
    if (h === undefined) return undefined;
    if (h === '24h') return t.hours24;
    if (h.min !== undefined && h.max !== undefined) return fmt(h.min === h.max ? t.hoursExactly : t.hoursRange, h);
    return h.max !== undefined ? fmt(t.hoursUnder, h) : fmt(t.hoursOrMore, h);
  }

  #setting({ setting }: Level): string | undefined {
    return setting && { home: this.t.settingHome, residence: this.t.settingResidence, hospital: this.t.settingHospital }[setting];
  }

  /** "To ask about an assessment, call Harbor Recovery at <a href="tel:…">…</a>." */
  #call() {
    const { name = '', phone } = this.config;
    return phone ? parts(name ? this.t.callNamed : this.t.call, { name, phone: telLink(phone) }) : nothing;
  }
}

interface Row {
  level: Level;
  index: number;
  isCurrent: boolean;
  className: string;
  badge: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-level-of-care': IopLevelOfCare;
  }
}
