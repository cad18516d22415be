import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { facilityContext, type Facility } from './facility-context.js';
import { resolveLang, type CommonText, type Lang, type TextTable } from './i18n.js';
import { jsonAttribute } from './json-attribute.js';
import { emit, type ConfigIssue } from './events.js';
import { readSafely, type ConfigOf, type LazyShape, type RawIssue, type Shape } from './validate.js';
import { configure, type Texts } from './configure.js';

export type { Texts };


/**
 * What every element shares: configuration from four places in one order (the element's attribute
 * or property, then its `<script type="application/json">` child, then the enclosing
 * `<iop-facility>`, then the defaults), validated by the element's schema; the text in the
 * resolved language with `strings` overrides; and the error notice, warning and event for any
 * value that fails. A bad value falls through to the next source for that key alone, and a list
 * keeps its good items, so the element still renders.
 *
 * @attr lang - The language of the built-in text (`en`, `es`, with or without a region); default: the nearest `lang` above.
 * @cssproperty [--iop-color-primary=#0b5c6b] - Links, the current item, focus rings, buttons.
 * @cssproperty [--iop-color-text=#1d2830] - Text.
 * @cssproperty [--iop-color-muted=#4d5b64] - Secondary text.
 * @cssproperty [--iop-color-surface=#ffffff] - Card, table and field backgrounds.
 * @cssproperty [--iop-color-border=#86939b] - Borders.
 * @cssproperty [--iop-color-danger=#b42318] - Errors and the configuration notice.
 * @cssproperty [--iop-font-family=inherit] - All text; the page's font by default.
 * @cssproperty [--iop-radius=0.5rem] - Corners.
 * @cssproperty [--iop-space=1rem] - Spacing.
 */
export class IopElement extends LitElement {
  // Reactive properties are declared in `static properties`, and the facility is read with a
  // ContextConsumer, rather than with decorators: the decorators' runtime cost 614 B gzip.
  static override properties: PropertyDeclarations = {
    strings: { converter: jsonAttribute },
    facility: { state: true },
  };

  /** JSON object that overrides any visible text by key (see the README). */
  declare strings?: unknown;

  /** The enclosing `<iop-facility>`'s validated values. */
  protected declare facility?: Facility;

  /** The resolved language of the built-in text, and the locale for `Intl` formatting. */
  protected lang_: Lang = 'en';
  protected locale = 'en-US';
  /** The problems found by the last update, as shown in the notice. */
  protected issues: ConfigIssue[] = [];

  #script: unknown;
  #scriptText?: string | null;
  #observer?: MutationObserver;
  #reported = '';
  #last?: { inputs: unknown[]; result: unknown };
  #announced?: unknown;

  constructor() {
    // Lit finalizes a class (property accessors, styles) when `define` asks for its attributes;
    // here that waits for the first element of the tag, so a page pays only for what it shows.
    (new.target as typeof IopElement).finalize();
    super();
    // Asks the nearest <iop-facility> on connect, and again on each reconnect.
    new ContextConsumer(this, { context: facilityContext, subscribe: true, callback: (facility) => (this.facility = facility) });
  }

  /** The attribute names Lit would observe (see the constructor), read from `properties` without finalizing. */
  static override get observedAttributes(): string[] {
    const names = ['lang'];
    for (let c: typeof LitElement = this; c !== LitElement; c = Object.getPrototypeOf(c)) {
      // A class whose decorators declared properties no `properties` lists: Lit's own list. (So is a
      // class defined once an element exists: IopElement is finalized by then, and nothing is saved.)
      if (Object.hasOwn(c, 'elementProperties') || Object.hasOwn(c, Symbol.metadata)) return [...super.observedAttributes, 'lang'];
      for (const [name, { attribute, state }] of Object.entries(Object.hasOwn(c, 'properties') ? c.properties : {}))
        if (attribute !== false && !state) names.push(typeof attribute == 'string' ? attribute : name.toLowerCase());
    }
    return names;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#script = this.#readScript();
    // A CMS may fill in or replace the script child after upgrade.
    this.#observer = new MutationObserver(() => {
      this.#script = this.#readScript();
      this.requestUpdate();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    // @lit/context keeps the last value; moved out of a facility, the element must forget it.
    // Reconnected inside one, it asks again and gets the values back at once.
    this.facility = undefined;
  }

  /** Prerendered content (a declarative shadow root, see `iop-widgets prerender`) to take over. */
  #prerendered?: ChildNode[];

  protected override createRenderRoot() {
    // Lit renders before the prerendered nodes; they go once the first render is in place, in the
    // same task, so nothing is shown twice and nothing moves.
    this.#prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    return super.createRenderRoot();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Prerendered content is on screen already: the first render waits for a paint and runs in a
    // task of its own, so the module never holds back the first paint nor blocks input for long.
    if (!this.#prerendered?.length) return super.scheduleUpdate();
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))).then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this.#prerendered?.length) this.#takeOver(this.#prerendered);
    this.#prerendered = undefined;
  }

  /** Removes the prerendered nodes; what a visitor typed or chose in them goes into the same-named controls. */
  #takeOver(old: ChildNode[]): void {
    const root = this.renderRoot as ShadowRoot;
    const focused = root.activeElement;
    const box = document.createDocumentFragment();
    box.append(...old);
    const controls = (from: ParentNode) => [...from.querySelectorAll<HTMLInputElement>('input[name],select[name],textarea[name]')];
    const fresh = controls(root);
    for (const was of controls(box)) {
      const checkable = /^(checkbox|radio)$/.test(was.type);
      const now = fresh.find((c) => c.name === was.name && c.type === was.type && (!checkable || c.value === was.value));
      if (!now) continue;
      if (checkable ? now.checked !== was.checked : now.value !== was.value) {
        if (checkable) now.checked = was.checked;
        else now.value = was.value;
        // The element hears it as the visitor's own input (its "started" event, its validation).
        for (const type of ['input', 'change']) now.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
      if (was === focused) {
        now.focus();
        if (!checkable && was.selectionStart !== null) now.setSelectionRange?.(was.selectionStart, was.selectionEnd);
      }
    }
  }

  /** The script child's value; the same object while its text is unchanged, so nothing re-validates. */
  #readScript(): unknown {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    if (text === this.#scriptText) return this.#script;
    this.#scriptText = text;
    // The same parse as a JSON attribute: bad JSON is kept as an error to report, never thrown.
    return jsonAttribute.fromAttribute!(text);
  }

  /**
   * Resolves the configuration for `shape` and the text for `table` (see `configure`). `check` adds
   * the rules that span several keys; a key it flags falls through to its next source like any
   * other bad value, and a list it flags items of keeps the others.
   */
  protected resolve<S extends Shape, K extends string>(
    lazyShape: LazyShape<S>,
    table: TextTable<K>,
    check?: (config: ConfigOf<S>, t: Texts<K>) => RawIssue[],
  ): { config: ConfigOf<S>; t: Texts<K> } {
    const shape = lazyShape();
    ({ lang: this.lang_, locale: this.locale } = resolveLang(this));
    // A page may define a getter that throws on the element: read as a bad value, never thrown.
    const own = Object.fromEntries([...Object.keys(shape), 'strings'].map((key) => [key, readSafely(this, key)]));
    // Updates that only change an element's own UI state (a filter, a typed value) reuse the last
    // result: same inputs, same configuration object, and no re-validation of a long list.
    const inputs = [shape, table, this.locale, this.#script, this.facility, ...Object.values(own)];
    if (this.#last && inputs.every((input, i) => input === this.#last!.inputs[i])) {
      return this.#last.result as { config: ConfigOf<S>; t: Texts<K> };
    }
    const { config, t, issues } = configure(shape, table, this.lang_, own, this.#script, this.facility, check);
    this.issues = issues;
    const result = { config, t };
    this.#last = { inputs, result };
    return result;
  }

  /**
   * What this element adds to its facility's schema.org description (`<iop-facility structured-data>`),
   * as property names to values, e.g. `{ availableService: [...] }`. Elements with nothing to add omit it.
   */
  schemaOrg?(): Record<string, object[]>;

  /** The notice shown in place of what could not be configured; empty when all is well. */
  protected renderIssues(t: CommonText) {
    if (!this.issues.length) return nothing;
    // The visitor reads one sentence in the page's language; the paths and parser messages are
    // for the webmaster, one click away (and in the console and the event).
    return html`<div part="error">
      <p>${t.configError}</p>
      <details>
        <summary>${t.configDetails}</summary>
        <ul>
          ${this.#lines().map((line) => html`<li><code>${line}</code></li>`)}
        </ul>
      </details>
    </div>`;
  }

  /** `iop-therapy-list: therapies[2].name: expected a non-empty string`, one per issue. */
  #lines(): string[] {
    return this.issues.map(({ path, message }) => [this.localName, path, message].filter(Boolean).join(': '));
  }

  /** Warns and fires `iop-config-error` once per distinct set of issues, not on every render. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Tells an enclosing facility that what this element contributes may have changed.
    if (this.schemaOrg && this.#last !== this.#announced) {
      this.#announced = this.#last;
      this.dispatchEvent(new Event('iop-updated', { bubbles: true }));
    }
    const report = JSON.stringify(this.issues);
    if (report === this.#reported) return;
    this.#reported = report;
    if (!this.issues.length) return;
    console.warn(this.#lines().join('\n'));
    emit(this, 'iop-config-error', { issues: this.issues });
  }
}
