import { css } from 'lit';

/**
 * Design tokens and base styles shared by every element. The public custom properties are read
 * once into private ones, so each element's styles use one short name per token. The defaults give
 * at least 4.5:1 text contrast on white.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--iop-color-primary, #0b5c6b);
    --_on-primary: var(--iop-color-on-primary, #fff);
    --_text: var(--iop-color-text, #1d2830);
    --_muted: var(--iop-color-muted, #4d5b64);
    --_surface: var(--iop-color-surface, #fff);
    --_border: var(--iop-color-border, #86939b);
    --_danger: var(--iop-color-danger, #b42318);
    --_radius: var(--iop-radius, 0.5rem);
    --_space: var(--iop-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--iop-font-family, inherit);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  /* Elements stacked in one snippet do not touch. */
  :host(:not(:last-child)) {
    margin-block-end: calc(var(--_space) * 2);
  }
  /* On a dark section (light text around, see IopElement) the element paints its own surface, so
     its colours read as they do on a light page; on a light page it stays transparent. */
  :host(:state(on-dark)) [part~='base'] {
    background: var(--_surface);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--iop-font-family-heading, inherit);
  }
  /* The hidden attribute wins over any display a rule gives (a filtered-out card on a phone was still shown). */
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Prerendered HTML read with no script (SPEC: content in the page's HTML): every detail shown, no
     control that needs the module (disclosures, filters, "Check my coverage"). Where script runs
     this never matches, before or after the module takes over, so nothing moves. */
  @media (scripting: none) {
    .more {
      display: revert !important;
    }
    .toggle,
    [part~='filters'],
    [part~='verify'] {
      display: none !important;
    }
  }
  /* Again inside: a page's * { color: … !important } reaches the host, never this node. Its
     * { font-size: 0 !important } would be inherited the same way and hide every word: the page's
     size is followed down to a readable floor. */
  [part~='base'],
  [part~='error'] {
    color: var(--_text);
    font-size: max(1em, 14px);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
  }
  /* A phone number read or copied under stress must not break across lines (in a call button,
     the words before it may). */
  a[href^='tel:']:not([part~='call']),
  [part~='call'] span {
    white-space: nowrap;
  }
  /* A disclosure shown on a narrow screen only (a wide one has room for every description). */
  .toggle {
    display: none;
    min-height: 2.25rem;
    padding: 0.125em 0.625em;
    white-space: nowrap;
  }
  /* The chevron's alternative text is empty, so it is no part of the button's name ("Details ▾").
     A browser without the syntax drops the line: no chevron, and still a clean name. */
  .toggle::after {
    content: ' ▾' / '';
  }
  [aria-expanded='true']::after {
    content: ' ▴' / '';
  }
  [part~='heading'] {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  [part~='error'] {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='error'] p {
    margin: 0;
    font-weight: 600;
    color: var(--_danger);
  }
  [part~='error'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='error'] code {
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    [part~='error'] {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
