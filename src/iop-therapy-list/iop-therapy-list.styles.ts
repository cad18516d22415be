import { css } from 'lit';

export const therapyListStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }
  label {
    display: grid;
    gap: 0.25em;
    flex: 1 1 12rem;
    min-width: 0;
    font-weight: 600;
    font-size: 0.9375em;
  }
  input,
  select,
  button {
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input,
  select {
    width: 100%;
  }
  input:hover,
  select:hover {
    border-color: var(--_text);
  }
  button {
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  button:active {
    background: color-mix(in srgb, var(--_primary) 16%, var(--_surface));
  }
  [part~='more'] {
    margin-top: var(--_space);
  }
  [part~='count'] {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
  }
  [part~='category'] {
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
    font-size: 1.125em;
  }
  /* The therapies (not the notice's list, which keeps the shared look). */
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  [part~='item'] {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='therapy-name'] {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0.25em 0 0;
  }
  .tags {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='telehealth'] {
    color: var(--_primary);
    font-weight: 600;
  }
  @container (max-width: 36rem) {
    /* Name and formats on the left, the disclosure on the right, the description below both. */
    [part~='item'] {
      display: grid;
      /* minmax(0, …): a long name wraps rather than push the button out of the card. */
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 0.5em;
      align-items: center;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    }
    [part~='item'] > :not(.toggle) {
      grid-column: 1;
    }
    .toggle {
      display: block;
      grid-area: 1 / 2 / span 2;
    }
    .more {
      grid-column: 1 / -1 !important;
    }
    li:not(.open) .more {
      display: none;
    }
  }
  /* A phone's card: the button under the name, so the name keeps its words whole. */
  @container (max-width: 22rem) {
    [part~='item'] {
      grid-template-columns: minmax(0, 1fr);
    }
    .toggle {
      grid-area: auto;
      justify-self: start;
      margin-top: 0.25em;
    }
  }
`;
