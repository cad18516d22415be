import { css } from 'lit';

export const insuranceStyles = css`
  p {
    margin: 0 0 var(--_space);
  }
  h3 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.125em;
  }
  ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  [part~='note'] {
    color: var(--_muted);
  }
  [part~='verify'] {
    min-height: 2.75rem;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 700;
    color: var(--_surface);
    background: var(--_primary);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='verify']:hover {
    filter: brightness(0.85);
  }
  [part~='call'] {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~='verify'] {
      border: 2px solid ButtonText;
    }
  }
`;
