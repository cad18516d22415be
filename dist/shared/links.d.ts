/** A phone number as a link that dials it: `+1 555 010 0199` → `tel:+15550100199`. */
export declare const telLink: (phone: string, label?: string) => import("lit-html").TemplateResult<1>;
