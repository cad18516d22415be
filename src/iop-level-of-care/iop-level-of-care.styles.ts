import { css } from 'lit';

export const levelOfCareStyles = css`
  :host {
    container-type: inline-size;
  }
  .intro,
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
  [part~='level-name'] {
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
    color: var(--_on-primary);
  }
  .facts,
  .more p {
    margin: 0.25em 0 0;
  }
  /* Details are on demand on a narrow screen (the current level starts open); always shown on a wide one. */
  button {
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  button:active {
    background: color-mix(in srgb, var(--_primary) 16%, var(--_surface));
  }
  @container (max-width: 36rem) {
    /* Beside the hours, so a closed level takes four short lines. */
    .toggle {
      display: block;
      float: inline-end;
      margin: 0.25em 0 0 0.5em;
    }
    div.more {
      clear: both;
    }
    li:not(.open) .more {
      display: none;
    }
    ol > li {
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    }
  }
  /* A phone's card: the button on a line of its own, so the facts keep their words whole. */
  @container (max-width: 22rem) {
    ol > li {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .toggle {
      float: none;
      order: 1;
      margin: 0.25em 0 0;
    }
    div.more {
      order: 2;
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
    min-width: 40em;
    background: var(--_surface);
  }
  .hint {
    display: none;
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
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
  /* Narrower than the table: the first two columns share the box's width (cqi: the element's), the
     others scroll sideways, each wide enough to keep rows short, and a line says so. */
  @container (max-width: 40em) {
    .hint {
      display: block;
    }
    table {
      table-layout: fixed;
      width: calc(100cqi + 54em);
      font-size: 0.9375em;
    }
    th,
    td {
      padding-inline: 0.5em;
    }
    col {
      width: 13.5em;
    }
    col:first-child {
      width: calc(60cqi - 2px);
    }
    col:nth-child(2) {
      width: 40cqi;
    }
  }
  /* Only the badge keeps its own colours; the rest of the current level takes the system's. */
  @media (forced-colors: active) {
    ol > li.current {
      border-color: Highlight;
    }
    .current [part~='badge'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
