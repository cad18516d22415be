declare const en: {
    heading: string;
    intro: string;
    carriers: string;
    plansVary: string;
    accepts: string;
    medicaid: string;
    medicare: string;
    tricare: string;
    'self-pay': string;
    'payment-plan': string;
    'sliding-scale': string;
    verify: string;
    call: string;
};
/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export declare const insuranceText: {
    en: typeof en;
    es: Record<keyof typeof en, string>;
};
export {};
