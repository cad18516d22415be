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
export declare class IopElement extends LitElement {
    #private;
    static properties: PropertyDeclarations;
    /** JSON object that overrides any visible text by key (see the README). */
    strings?: unknown;
    /** The enclosing `<iop-facility>`'s validated values. */
    protected facility?: Facility;
    /** The resolved language of the built-in text, and the locale for `Intl` formatting. */
    protected lang_: Lang;
    protected locale: string;
    /** The problems found by the last update, as shown in the notice. */
    protected issues: ConfigIssue[];
    constructor();
    /** The attribute names Lit would observe (see the constructor), read from `properties` without finalizing. */
    static get observedAttributes(): string[];
    attributeChangedCallback(name: string, old: string | null, value: string | null): void;
    connectedCallback(): void;
    disconnectedCallback(): void;
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
    schemaOrg?(): Record<string, object[]>;
    /** The notice shown in place of what could not be configured; empty when all is well. */
    protected renderIssues(t: CommonText): typeof nothing | import("lit-html").TemplateResult<1>;
    /** Warns and fires `iop-config-error` once per distinct set of issues, not on every render. */
    protected updated(changed: PropertyValues): void;
}
