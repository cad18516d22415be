import { css } from 'lit';

export const scheduleStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='summary'],
  .note {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 var(--_space);
    table-layout: fixed;
    background: var(--_surface);
  }
  th,
  td {
    padding: 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 0.875em;
  }
  td div + div {
    margin-top: 0.75em;
  }
  /* The visitor's own day and time: as large and dark as the program's, marked by a rule. */
  .yours {
    display: block;
    margin-top: 0.25em;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--_primary);
    font-weight: 600;
  }
  [part~='track'] {
    margin: 0 0 var(--_space);
  }
  [part~='track-name'] {
    margin: 0 0 0.25em;
    font-size: 1.125em;
  }
  [part~='telehealth'] {
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    font-size: 0.8125rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_primary);
  }
  .totals {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  /* Each track's list of days (not the notice's list, which must always show). */
  .days {
    display: none;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .days li {
    padding: 0.5em 0;
    border-top: 1px solid var(--_border);
  }
  .days strong {
    display: block;
  }
  /* On a phone a range never breaks; in the table only after its dash (see timeRange). */
  .days .time {
    white-space: nowrap;
  }
  /* A phone: the week table gives way to each track's list of days. */
  @container (max-width: 40rem) {
    table {
      display: none;
    }
    .days {
      display: block;
    }
  }
`;
