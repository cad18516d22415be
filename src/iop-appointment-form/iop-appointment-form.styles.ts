import { css } from 'lit';

export const appointmentFormStyles = css`
  form {
    display: grid;
    gap: var(--_space);
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
  label,
  legend {
    font-weight: 600;
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border: 2px solid var(--_danger);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.35em 0;
    font-weight: 400;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .check .choice {
    font-weight: 600;
  }
  [part~='field-error'] {
    margin: 0.25em 0 0;
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='error-summary'] {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_danger);
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
  }
  [part~='crisis'] {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  [part~='status'] p {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  button {
    justify-self: start;
    min-height: 2.75rem;
    padding: 0.6em 1.4em;
    font: inherit;
    font-weight: 700;
    color: var(--_surface);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='retry'] {
    color: var(--_primary);
    background: var(--_surface);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  [part~='confirmation'] {
    padding: var(--_space);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
      border-color: Mark;
    }
  }
`;
