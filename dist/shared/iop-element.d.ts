import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { type Facility } from './facility-context.js';
import { type CommonText, type Lang, type TextTable } from './i18n.js';
import { type ConfigIssue } from './events.js';
import { type ConfigOf, type LazyShape, type RawIssue, type Shape } from './validate.js';
import { type Texts } from './configure.js';
export type { Texts };
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
export declare class IopElement extends LitElement {
    #private;
    static properties: PropertyDeclarations;
    /** The level of the element's heading, 2 to 6 (default 2); the headings inside follow. */
    headingLevel?: unknown;
    /** JSON object that overrides any visible text by key (see the README). */
    strings?: unknown;
    /** The enclosing `<iop-facility>`'s validated values. */
    protected facility?: Facility;
    /** The resolved language of the built-in text, and the locale for `Intl` formatting. */
    protected lang_: Lang;
    protected locale: string;
    /** The problems found by the last update, as shown in the notice. */
    protected issues: ConfigIssue[];
    /** Keys given a value that no source got right (see `configure`): at their default now. */
    protected rejected: string[];
    /** The level of the element's own heading (from `heading-level`). */
    protected level_: number;
    /** Custom states: `on-dark` while the page's text around the element is light. */
    protected internals_: ElementInternals;
    constructor();
    /** The attribute names Lit would observe (see the constructor), read from `properties` without finalizing. */
    static get observedAttributes(): string[];
    attributeChangedCallback(name: string, old: string | null, value: string | null): void;
    connectedCallback(): void;
    disconnectedCallback(): void;
    /** Whether the element's content was in the page's HTML (on screen since the page was read). */
    protected prerendered_: boolean;
    protected createRenderRoot(): HTMLElement | DocumentFragment;
    protected scheduleUpdate(): void | Promise<unknown>;
    protected update(changed: PropertyValues): void;
    /**
     * Resolves the configuration for `shape` and the text for `table` (see `configure`). `check` adds
     * the rules that span several keys; a key it flags falls through to its next source like any
     * other bad value, and a list it flags items of keeps the others.
     */
    protected resolve<S extends Shape, K extends string>(lazyShape: LazyShape<S>, table: TextTable<K>, check?: (config: ConfigOf<S>, t: Texts<K>) => RawIssue[]): {
        config: ConfigOf<S>;
        t: Texts<K>;
    };
    /**
     * What this element adds to its facility's schema.org description (`<iop-facility structured-data>`),
     * as property names to values, e.g. `{ availableService: [...] }`. Elements with nothing to add omit it.
     */
    schemaOrg?(): Record<string, unknown[]>;
    /**
     * The element's heading at its `heading-level`, `part="heading"`, `id="heading"` (the section is
     * labelled by it). `heading=""` shows none; the section is then named by `fallback`, never by nothing.
     */
    protected renderHeading(text: string | undefined, fallback: string): import("lit-html").TemplateResult<1>;
    /** A heading `depth` levels under the element's own (at most h6), e.g. a track's or a category's. */
    protected subheading(depth: number, part: string, content: unknown): import("lit-html").TemplateResult<1>;
    /** Adds an issue found in use, not in the configuration; it stays through updates until `path` (a key) gets a value. */
    protected addIssue(issue: ConfigIssue): void;
    /** The notice shown in place of what could not be configured; empty when all is well. */
    protected renderIssues(t: CommonText): import("lit-html").TemplateResult<1> | typeof nothing;
    /** Warns and fires `iop-config-error` once per distinct set of issues, not on every render. */
    protected updated(changed: PropertyValues): void;
}
