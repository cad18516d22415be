import type { ComplexAttributeConverter } from 'lit';

/** What a JSON attribute holds when its text does not parse; validation reports it. */
export class JsonSyntaxError {
  constructor(readonly detail: string) {}
}

/**
 * Converter for JSON attributes. Lit's own `type: Object` turns bad JSON into `null` and says
 * nothing; this one keeps the parse error so the element can name the attribute at fault.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new JsonSyntaxError((error as Error).message);
    }
  },
};

/** For an attribute that holds a word or JSON (`admissions-hours="24/7"` or `'{"mon": ...}'`): JSON when it opens like JSON. */
export const jsonOrText: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value !== null && /^\s*[[{"]/.test(value) ? jsonAttribute.fromAttribute!(value) : value ?? undefined),
};
