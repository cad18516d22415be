export declare const insuranceStyles: import("lit").CSSResult;
