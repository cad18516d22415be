import type { ComplexAttributeConverter } from 'lit';
/** What a JSON attribute holds when its text does not parse; validation reports it. */
export declare class JsonSyntaxError {
    readonly detail: string;
    constructor(detail: string);
}
/**
 * Converter for JSON attributes. Lit's own `type: Object` turns bad JSON into `null` and says
 * nothing; this one keeps the parse error so the element can name the attribute at fault.
 */
export declare const jsonAttribute: ComplexAttributeConverter<unknown>;
/** For an attribute that holds a word or JSON (`admissions-hours="24/7"` or `'{"mon": ...}'`): JSON when it opens like JSON. */
export declare const jsonOrText: ComplexAttributeConverter<unknown>;
