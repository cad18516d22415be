/**
 * Design tokens and base styles shared by every element. The public custom properties are read
 * once into private ones, so each element's styles use one short name per token. The defaults give
 * at least 4.5:1 text contrast on white.
 */
export declare const baseStyles: import("lit").CSSResult;
