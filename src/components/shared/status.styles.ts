import { css } from 'lit';

/**
 * The box every element draws (`part="base"`), the space it reserves until its content or its
 * error is shown, and the loading, error and notice looks that go with status-view.ts.
 */
export const statusStyles = css`
  :host([data-state='complete']),
  :host([data-state='error']) {
    min-block-size: 0;
  }

  [part~='base'] {
    background: var(--_color-surface);
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  :host(:not([data-state='complete'])) [part~='base'] {
    min-block-size: inherit;
  }

  [part~='loading'] {
    color: var(--_color-muted);
  }

  [part~='notice'] {
    margin-block: 0.5em;
    padding: 0.4em 0.7em;
    border-inline-start: 0.25em solid var(--_color-accent);
    background: var(--_color-surface-raised);
    font-size: 0.875em;
  }

  [part~='error'] {
    border-color: var(--_color-danger);
  }

  [part~='error-title'] {
    margin-block: 0 0.3em;
    font-size: 1.1em;
    color: var(--_color-danger);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='loading'] {
      animation: ore-pulse 1.5s ease-in-out infinite alternate;
    }
  }

  @keyframes ore-pulse {
    to {
      opacity: 0.55;
    }
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
  }
`;
