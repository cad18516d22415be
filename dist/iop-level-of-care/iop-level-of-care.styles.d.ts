export declare const levelOfCareStyles: import("lit").CSSResult;
