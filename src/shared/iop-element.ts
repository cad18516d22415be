import { LitElement, adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { facilityContext, type Facility } from './facility-context.js';
import { resolveLang, type CommonText, type Lang, type TextTable } from './i18n.js';
import { jsonAttribute } from './json-attribute.js';
import { emit, type ConfigIssue } from './events.js';
import { readSafely, type ConfigOf, type LazyShape, type RawIssue, type Shape } from './validate.js';
import { configure, type Texts } from './configure.js';
import { rule } from './schema.js';
import * as z from 'zod/mini';

export type { Texts };

/** The connected elements, for the one observer of `lang` below. */
const live = new Set<IopElement>();
let langWatch: MutationObserver | undefined;


/** Each element's shape with `headingLevel` added, made once per shape without building its keys. */
const withLevel = new WeakMap<Shape, Shape>();
const levelSchema = () =>
  z.unknown().check(z.refine((v) => (typeof v == 'number' || typeof v == 'string') && /^[2-6]$/.test(String(v)), rule('expectedOneOf', { values: '2, 3, 4, 5, 6' })));

/** A heading of `level` 2-6 (Lit binds no tag names, so one template per level). */
const hx = (level: number, part: string, content: unknown, id?: string) => {
  const i = id ?? nothing;
  return level < 3
    ? html`<h2 part=${part} id=${i}>${content}</h2>`
    : level < 4
      ? html`<h3 part=${part} id=${i}>${content}</h3>`
      : level < 5
        ? html`<h4 part=${part} id=${i}>${content}</h4>`
        : level < 6
          ? html`<h5 part=${part} id=${i}>${content}</h5>`
          : html`<h6 part=${part} id=${i}>${content}</h6>`;
};

let pixel: CanvasRenderingContext2D | null | undefined;
/**
 * Whether a computed colour is light (text on a dark section): its weighted mean above 186 of 255.
 * A computed colour may stay `oklch()`, `lab()` or `color()` (Tailwind 4's are oklch): painted on one
 * pixel, any of them reads back as sRGB. (No canvas, as in the prerender's jsdom: its first numbers.)
 */
const isLight = (color: string) => {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  let rgb: ArrayLike<number> = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (pixel) {
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = color;
    pixel.fillRect(0, 0, 1, 1);
    rgb = pixel.getImageData(0, 0, 1, 1).data;
  }
  const [r = 0, g = 0, b = 0] = Array.from(rgb);
  return 2 * r + 7 * g + b > 1860;
};

/**
 * What every element shares: configuration from four places in one order (the element's attribute
 * or property, then its `<script type="application/json">` child, then the enclosing
 * `<iop-facility>`, then the defaults), validated by the element's schema; the text in the
 * resolved language with `strings` overrides; and the error notice, warning and event for any
 * value that fails. A bad value falls through to the next source for that key alone, and a list
 * keeps its good items, so the element still renders. Text the facility writes may be given per
 * language (`{"en": …, "es": …}`) wherever it is JSON; the element shows its language's entry.
 *
 * @attr lang - The language of the built-in text and of text given per language (`en`, `es`, with or without a region); default: the nearest `lang` above, followed when it changes.
 * @attr heading-level - The level of the element's heading, 2 to 6 (default 2); the headings inside follow one level below.
 * @cssproperty [--iop-color-primary=#0b5c6b] - Links, the current item, focus rings, buttons.
 * @cssproperty [--iop-color-on-primary=#ffffff] - Text on the primary colour (buttons, the current level's badge).
 * @cssproperty [--iop-color-text=#1d2830] - Text.
 * @cssproperty [--iop-color-muted=#4d5b64] - Secondary text.
 * @cssproperty [--iop-color-surface=#ffffff] - Card, table and field backgrounds.
 * @cssproperty [--iop-color-border=#86939b] - Borders.
 * @cssproperty [--iop-color-danger=#b42318] - Errors and the configuration notice.
 * @cssproperty [--iop-font-family=inherit] - All text; the page's font by default.
 * @cssproperty [--iop-font-family-heading=inherit] - Headings; the element's font by default.
 * @cssproperty [--iop-radius=0.5rem] - Corners.
 * @cssproperty [--iop-space=1rem] - Spacing.
 */
export class IopElement extends LitElement {
  // Reactive properties are declared in `static properties`, and the facility is read with a
  // ContextConsumer, rather than with decorators: the decorators' runtime cost 614 B gzip.
  static override properties: PropertyDeclarations = {
    strings: { converter: jsonAttribute },
    headingLevel: { attribute: 'heading-level' },
    facility: { state: true },
  };

  /** The level of the element's heading, 2 to 6 (default 2); the headings inside follow. */
  declare headingLevel?: unknown;

  /** JSON object that overrides any visible text by key (see the README). */
  declare strings?: unknown;

  /** The enclosing `<iop-facility>`'s validated values. */
  protected declare facility?: Facility;

  /** The resolved language of the built-in text, and the locale for `Intl` formatting. */
  protected lang_: Lang = 'en';
  protected locale = 'en-US';
  /** The language tag the last update resolved (`fr` too): text given per language follows it. */
  #tag = '';
  /** The problems found by the last update, as shown in the notice. */
  protected issues: ConfigIssue[] = [];
  /** Issues found in use (the form's missing endpoint at submit): kept until their key gets a value. */
  #found: ConfigIssue[] = [];
  /** Keys given a value that no source got right (see `configure`): at their default now. */
  protected rejected: string[] = [];
  /** The level of the element's own heading (from `heading-level`). */
  protected level_ = 2;
  /** Custom states: `on-dark` while the page's text around the element is light. */
  protected internals_ = this.attachInternals();

  #script: unknown;
  #scriptText?: string | null;
  #observer?: MutationObserver;
  #reported = '';
  #last?: { inputs: unknown[]; result: unknown };
  #announced?: unknown;
  #dark?: boolean;

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
    live.add(this);
    // One observer for the whole page, as Shoelace's localize controller has: a change of
    // `<html lang>` or any ancestor's re-renders the elements whose language it changes.
    if (!langWatch) {
      langWatch = new MutationObserver(() => {
        for (const el of live) {
          const { locale, text } = resolveLang(el);
          if (el.#tag && locale + text !== el.#tag) el.requestUpdate();
        }
      });
      langWatch.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    }
    this.#dark = undefined;
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
    live.delete(this);
    this.#observer?.disconnect();
    // @lit/context keeps the last value; moved out of a facility, the element must forget it.
    // Reconnected inside one, it asks again and gets the values back at once.
    this.facility = undefined;
  }

  /** Whether the element's content was in the page's HTML (on screen since the page was read). */
  protected prerendered_ = false;

  /** Prerendered content (a declarative shadow root, see `iop-widgets prerender`) to take over. */
  #prerendered?: ChildNode[];

  protected override createRenderRoot() {
    // A closed declarative root (another tool's HTML) cannot be opened, and Lit's attachShadow would
    // throw: the element renders into it as it is.
    const root = this.shadowRoot ?? this.internals_.shadowRoot;
    // Lit renders before the prerendered nodes; they go once the first render is in place, in the
    // same task, so nothing is shown twice and nothing moves.
    this.#prerendered = [...(root?.childNodes ?? [])];
    this.prerendered_ = this.#prerendered.length > 0;
    if (!root || root === this.shadowRoot) return super.createRenderRoot();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
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
    const own_ = lazyShape();
    // heading-level is every element's, validated and reported like the element's own keys.
    let shape = withLevel.get(own_) as S | undefined;
    if (!shape) withLevel.set(own_, (shape = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(own_), headingLevel: { enumerable: true, get: levelSchema } }) as S));
    const { lang, locale, text } = resolveLang(this);
    this.lang_ = lang;
    this.locale = locale;
    this.#tag = locale + text;
    // A page may define a getter that throws on the element: read as a bad value, never thrown.
    const own = Object.fromEntries([...Object.keys(shape), 'strings'].map((key) => [key, readSafely(this, key)]));
    // Updates that only change an element's own UI state (a filter, a typed value) reuse the last
    // result: same inputs, same configuration object, and no re-validation of a long list.
    const inputs = [shape, table, this.#tag, this.#script, this.facility, ...Object.values(own)];
    if (this.#last && inputs.every((input, i) => input === this.#last!.inputs[i])) {
      return this.#last.result as { config: ConfigOf<S>; t: Texts<K> };
    }
    const { config, t, issues, rejected } = configure(shape, table, locale === lang ? text : locale, own, this.#script, this.facility, check, lazyShape.defaults);
    this.#found = this.#found.filter(({ path }) => (config as Record<string, unknown>)[path] == null);
    this.issues = [...issues, ...this.#found];
    this.rejected = rejected;
    this.level_ = Number((config as { headingLevel?: unknown }).headingLevel ?? 2);
    const result = { config, t };
    this.#last = { inputs, result };
    return result;
  }

  /**
   * What this element adds to its facility's schema.org description (`<iop-facility structured-data>`),
   * as property names to values, e.g. `{ availableService: [...] }`. Elements with nothing to add omit it.
   */
  schemaOrg?(): Record<string, unknown[]>;

  /**
   * The element's heading at its `heading-level`, `part="heading"`, `id="heading"` (the section is
   * labelled by it). `heading=""` shows none; the section is then named by `fallback`, never by nothing.
   */
  protected renderHeading(text: string | undefined, fallback: string) {
    return text?.trim() === '' ? html`<span id="heading" hidden>${fallback}</span>` : hx(this.level_, 'heading', text ?? fallback, 'heading');
  }

  /** A heading `depth` levels under the element's own (at most h6), e.g. a track's or a category's. */
  protected subheading(depth: number, part: string, content: unknown) {
    return hx(this.level_ + depth, part, content);
  }

  /** Adds an issue found in use, not in the configuration; it stays through updates until `path` (a key) gets a value. */
  protected addIssue(issue: ConfigIssue) {
    if (!this.issues.some(({ path }) => path === issue.path)) (this.#found = [...this.#found, issue]), (this.issues = [...this.issues, issue]);
  }

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
    // Light text around the element means a dark section: the element then paints its own surface
    // (see baseStyles). Read once per connection, from what the element inherits.
    if (this.#dark === undefined) {
      const around = this.parentElement ?? (this.getRootNode() as ShadowRoot).host;
      this.#dark = !!around && isLight(getComputedStyle(around).color);
      try {
        this.internals_.states[this.#dark ? 'add' : 'delete']('on-dark');
      } catch {
        // A browser without custom states: the element keeps its light-page look.
      }
    }
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
