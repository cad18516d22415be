import { css } from 'lit';

export const levelOfCareStyles = css`
  :host {
    container-type: inline-size;
  }
  .intro,
  .hint,
  [part~='note'] {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  [part~='note'] {
    margin: var(--_space) 0 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  ol > li {
    display: flow-root;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  ol > li.current {
    border: 2px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 7%, var(--_surface));
  }
  ol > li.not-offered {
    border-style: dashed;
    color: var(--_muted);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  h3 {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .code {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    min-width: 2.25em;
    color: var(--_primary);
  }
  .not-offered .code {
    color: var(--_muted);
  }
  [part~='badge'] {
    font-size: 0.8125em;
    font-weight: 600;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .current [part~='badge'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_surface);
  }
  /* The rung: clinical hours a week on the scale the axis labels, then the round-the-clock segment. */
  .rung,
  .axis svg {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin: 0.5em 0;
    overflow: visible;
  }
  rect {
    rx: 0.25rem;
    fill: var(--_primary);
  }
  rect.track {
    fill: color-mix(in srgb, var(--_border) 25%, var(--_surface));
  }
  .not-offered rect:not(.track) {
    fill: var(--_muted);
  }
  /* Lined up with the bars inside the cards (their padding and border). */
  .axis {
    padding: 0 calc(var(--_space) + 1px);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .axis svg {
    height: 1.25em;
    margin: 0;
  }
  text {
    fill: currentColor;
    dominant-baseline: hanging;
  }
  text + text {
    text-anchor: middle;
  }
  text:nth-child(n + 4) {
    text-anchor: end;
  }
  .facts,
  .more p {
    margin: 0.25em 0 0;
  }
  /* Details are on demand on a narrow screen (the current level starts open); always shown on a wide one. */
  .toggle {
    display: none;
    align-items: center;
    gap: 0.4em;
    margin: 0.25em 0 0;
    min-height: 2.25rem;
    padding: 0.125em 0.625em;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .toggle:active {
    background: color-mix(in srgb, var(--_primary) 16%, var(--_surface));
  }
  .hint {
    display: none;
  }
  @container (max-width: 36rem) {
    /* Beside the hours, so a closed level takes four short lines. */
    .toggle {
      display: inline-flex;
      float: inline-end;
      margin-inline-start: 0.5em;
    }
    div.more {
      clear: both;
    }
    li:not(.open) .more {
      display: none;
    }
    ol > li {
      padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.75);
    }
    .axis {
      padding: 0 calc(var(--_space) * 0.75 + 1px);
    }
    .hint {
      display: block;
    }
  }
  .facts {
    font-weight: 600;
  }
  ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .scroll {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 40rem;
    background: var(--_surface);
  }
  th,
  td {
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }
  td::first-letter {
    text-transform: uppercase;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  tr.current {
    background: color-mix(in srgb, var(--_primary) 7%, var(--_surface));
  }
  tr.current > :first-child {
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  tr.not-offered {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    ol > li.current,
    .current [part~='badge'] {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    ol > li.current {
      background: Canvas;
      color: CanvasText;
    }
    rect {
      fill: CanvasText;
    }
  }
`;
