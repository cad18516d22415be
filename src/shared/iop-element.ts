import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import * as z from 'zod/mini';
import { facilityContext, type Facility } from './facility-context.js';
import { commonText, fmt, resolveLang, type CommonText, type Lang, type TextTable } from './i18n.js';
import { JsonSyntaxError, jsonAttribute } from './json-attribute.js';
import { emit, type ConfigIssue } from './events.js';
import { formatPath, jsonMessage, parseValue, type ConfigOf, type RawIssue, type Shape } from './validate.js';

type Source = 'own' | 'script' | 'facility';
/** An element's text: its own keys and the shared ones, after `strings` overrides. */
type Texts<K extends string> = Record<K, string> & CommonText;

/**
 * What every element shares: configuration from four places in one order (the element's attribute
 * or property, then its `<script type="application/json">` child, then the enclosing
 * `<iop-facility>`, then the defaults), validated by the element's schema; the text in the
 * resolved language with `strings` overrides; and the error notice, warning and event for any
 * value that fails. A bad value falls back to its default, and a list keeps its good items, so the
 * element still renders.
 *
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
    super();
    // Asks the nearest <iop-facility> on connect, and again on each reconnect.
    new ContextConsumer(this, { context: facilityContext, subscribe: true, callback: (facility) => (this.facility = facility) });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
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

  /** The script child's value; the same object while its text is unchanged, so nothing re-validates. */
  #readScript(): unknown {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    if (text === this.#scriptText) return this.#script;
    this.#scriptText = text;
    // The same parse as a JSON attribute: bad JSON is kept as an error to report, never thrown.
    return jsonAttribute.fromAttribute!(text);
  }

  /**
   * Resolves the configuration for `shape` and the text for `table`. `check` adds the rules that
   * span several keys; the keys it flags fall back to their defaults like any other bad value.
   */
  protected resolve<S extends Shape, K extends string>(
    shape: S,
    table: TextTable<K>,
    check?: (config: ConfigOf<S>, t: Texts<K>) => RawIssue[],
  ): { config: ConfigOf<S>; t: Texts<K> } {
    ({ lang: this.lang_, locale: this.locale } = resolveLang(this));
    // Updates that only change an element's own UI state (a filter, a typed value) reuse the last
    // result: same inputs, same configuration object, and no re-validation of a long list.
    const inputs = [shape, table, this.locale, this.strings, this.#script, this.facility, ...Object.keys(shape).map((key) => (this as unknown as Record<string, unknown>)[key])];
    if (this.#last && inputs.every((input, i) => input === this.#last!.inputs[i])) {
      return this.#last.result as { config: ConfigOf<S>; t: Texts<K> };
    }
    const base = { ...commonText[this.lang_], ...table[this.lang_] };
    const issues: RawIssue[] = [];
    const sources: Record<string, Source> = {};

    // Text overrides first, so that the messages below honour them too.
    const t = { ...base };
    const overrides = (value: unknown, key = 'strings') => {
      const parsed = entriesOf(key, value, Object.keys(base), z.string(), t);
      Object.assign(t, parsed.value);
      issues.push(...parsed.issues);
    };
    if (this.strings !== undefined) overrides(this.strings);

    const script = entriesOf('script', this.#script ?? {}, [...Object.keys(shape), 'strings'], z.unknown(), t);
    issues.push(...script.issues);
    if (script.value.strings !== undefined && this.strings === undefined) {
      sources.strings = 'script';
      overrides(script.value.strings);
    }

    const config: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(shape)) {
      const own = (this as unknown as Record<string, unknown>)[key];
      const facilityValue = (this.facility as Record<string, unknown> | undefined)?.[key];
      const [value, source]: [unknown, Source] =
        own !== undefined ? [own, 'own'] : script.value[key] !== undefined ? [script.value[key], 'script'] : [facilityValue, 'facility'];
      if (value === undefined) continue;
      sources[key] = source;
      const parsed = parseValue(key, schema, value, t);
      if (parsed.ok) config[key] = parsed.value;
      else {
        issues.push(...parsed.issues);
        // A list with bad items keeps its good ones: one typo must not hide a facility's other
        // nineteen therapies, nor put up a default list the facility never wrote.
        const bad = new Set(parsed.issues.map((issue) => issue.path[0]));
        if (Array.isArray(value) && [...bad].every((index) => typeof index === 'number')) {
          const kept = parseValue(key, schema, value.filter((_, index) => !bad.has(index)), t);
          if (kept.ok) config[key] = kept.value;
        }
      }
    }
    for (const issue of check?.(config as ConfigOf<S>, t as Texts<K>) ?? []) {
      delete config[issue.key];
      issues.push(issue);
    }

    this.issues = issues.map(({ key, path, message }) => {
      const fromScript = key === 'script' || sources[key] === 'script';
      return {
        path: key === 'script' ? formatPath('script', path, false) : formatPath(key, path, !fromScript),
        message: fromScript && key !== 'script' ? `${message} (${t.fromScript})` : message,
      };
    });
    const result = { config: config as ConfigOf<S>, t: t as Texts<K> };
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
    return html`<div part="error">
      <p>${t.configError}</p>
      <ul>
        ${this.issues.map((issue) => html`<li><code>${this.localName}: ${issue.path}: ${issue.message}</code></li>`)}
      </ul>
    </div>`;
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
    console.warn(this.issues.map((issue) => `${this.localName}: ${issue.path}: ${issue.message}`).join('\n'));
    emit(this, 'iop-config-error', { issues: this.issues });
  }
}

/**
 * A JSON object whose keys must be among `known` (`strings`, the script child): each unknown key
 * and each bad value is reported on its own, and the good entries are kept.
 */
function entriesOf(key: string, value: unknown, known: string[], schema: z.ZodMiniType, t: CommonText) {
  const issues: RawIssue[] = [];
  const entries: Record<string, unknown> = {};
  if (typeof value !== 'object' || !value || Array.isArray(value) || value instanceof JsonSyntaxError) {
    return { value: entries, issues: [{ key, path: [], message: value instanceof JsonSyntaxError ? jsonMessage(value, t) : t.expectedObject }] };
  }
  for (const [name, item] of Object.entries(value)) {
    const parsed = known.includes(name) ? parseValue(key, schema, item, t) : undefined;
    if (parsed?.ok) entries[name] = parsed.value;
    else
      issues.push(
        ...(parsed?.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })) ?? [
          { key, path: [], message: fmt(t.unknownKey, { key: name, known: known.join(', ') }) },
        ]),
      );
  }
  return { value: entries, issues };
}
