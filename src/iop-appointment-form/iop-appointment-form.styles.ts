import { css } from 'lit';

// A plain, clear form (think of a good government form): bold labels, 2px fields, one strong
// button; hover, pressed and focus states drawn from the theme's custom properties only.
export const appointmentFormStyles = css`
  :host {
    container-type: inline-size;
  }
  form,
  .contact {
    display: grid;
    gap: var(--_space);
  }
  form,
  [part~='crisis'],
  [part~='error-summary'] {
    max-width: 40rem;
  }
  .intro,
  .hint {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .hint {
    margin: 0.25em 0 0;
    font-size: 0.9375em;
  }
  [part~='field'] {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  [part~='field']:has(> [part~='field-error']) {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_danger);
  }
  label,
  legend {
    font-weight: 700;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  .req {
    font-weight: 400;
    color: var(--_muted);
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    display: block;
    width: 100%;
    margin-top: 0.25em;
    min-height: 2.75rem;
    padding: 0.5em 0.65em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  :is(input, select, textarea):hover {
    border-color: var(--_text);
  }
  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border-color: var(--_danger);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.3em 0;
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    width: 1.375rem;
    height: 1.375rem;
    margin: 0.05em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .check .choice {
    font-weight: 600;
  }
  [part~='field-error'] {
    margin: 0.25em 0 0;
    color: var(--_danger);
    font-weight: 700;
  }
  [part~='error-summary'],
  [part~='failure'] {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }
  [part~='error-summary'] p {
    margin: 0;
    font-weight: 700;
  }
  [part~='error-summary'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='error-summary'] a {
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='failure'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='crisis'] {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 6px solid var(--_primary);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_primary) 7%, var(--_surface));
  }
  [part~='crisis'] p {
    margin: 0;
  }
  /* The crisis lines are the largest targets (one per row on a phone); the facility's line follows. */
  .lines {
    display: grid;
    /* Never wider than the form: a 320 px phone's narrow card clipped the SAMHSA number. */
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: 0.5em;
    margin: 0.75em 0;
    padding: 0;
    list-style: none;
  }
  .lines a {
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    text-decoration: none;
  }
  /* A label may wrap between its words (SAMHSA, then its number), never past the button: as
     specific as the shared rule that keeps phone links on one line. */
  .lines a[href] {
    white-space: normal;
  }
  /* One flex item, so the space before the number stays; the number itself never breaks. */
  .nw {
    white-space: nowrap;
  }
  [part~='call'] {
    display: inline-block;
    padding-block: 0.625em;
    font-weight: 700;
  }
  [part~='status'] {
    margin: 0;
    font-weight: 600;
  }
  button {
    justify-self: start;
  }
  button,
  .lines a {
    min-height: 3rem;
    padding: 0.6em 0.75em;
    font: inherit;
    font-weight: 700;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Darker on hover, darker still while pressed, whatever the theme's colour. */
  button:hover {
    filter: brightness(0.85);
  }
  button:active {
    filter: brightness(0.7);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  [part~='confirmation'] {
    padding: var(--_space);
    border: 2px solid var(--_primary);
    border-top-width: 6px;
    border-radius: var(--_radius);
  }
  /* Focus moves here to announce it; it is not a control, so no ring. */
  [part~='confirmation']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    button,
    .lines a {
      border: 2px solid ButtonText;
    }
    [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
      border-color: Mark;
    }
  }
`;
