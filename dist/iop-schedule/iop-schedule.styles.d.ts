export declare const scheduleStyles: import("lit").CSSResult;
