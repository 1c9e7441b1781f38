import { css } from 'lit';

/**
 * The box every element draws (`part="base"`), and the loading, error and notice looks that go
 * with status-view.ts.
 *
 * The box is known before the content arrives: each element sets `--_box` (its block size)
 * from its attributes and, through container units, its width — never from its content. The
 * loading placeholder, the error message and the content all draw the same box, so nothing
 * moves when the content lands. What does not fit is clipped, and the element offers to open
 * it in place (`expanded`), on the reader's request only.
 */
export const statusStyles = css`
  :host {
    container-type: inline-size;
  }

  [part~='base'] {
    block-size: var(--_box, auto);
    overflow: clip;
    overflow-clip-margin: 0.3em;
    background: var(--_color-surface);
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  :host([expanded]) [part~='base'] {
    block-size: auto;
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
