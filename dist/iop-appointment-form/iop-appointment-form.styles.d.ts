export declare const appointmentFormStyles: import("lit").CSSResult;
