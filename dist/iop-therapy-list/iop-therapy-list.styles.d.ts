export declare const therapyListStyles: import("lit").CSSResult;
