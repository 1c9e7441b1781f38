import { css } from 'lit';

export const glossaryStyles = css`
  :host {
    /* Space reserved before the content arrives, so the page does not jump. */
    min-block-size: var(--ore-glossary-reserved-size, 24em);
    container-type: inline-size;
  }

  :host([term]:not([term=''])) {
    min-block-size: var(--ore-glossary-reserved-size, 10em);
  }

  [part~='base'] {
    block-size: 100%;
  }

  [part~='title'] {
    margin-block: 0 0.5em;
    font-size: 1.35em;
    line-height: 1.25;
  }

  [part~='label'] {
    margin: 0;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }

  [part~='filter'] {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: 24em;
  }

  [part~='filter-label'] {
    font-weight: 600;
  }

  [part~='filter-input'] {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 0.0625em solid var(--_color-muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.6em;
  }

  [part~='count'] {
    margin-block: 0.5em;
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  [part~='letters'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='letter'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.9em;
    min-block-size: 1.9em;
    font-weight: 600;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface-raised);
  }

  [part~='group-heading'] {
    margin-block: 0.8em 0.2em;
    padding-block-end: 0.1em;
    border-block-end: 0.0625em solid var(--_color-border);
    font-size: 1.1em;
  }

  [part~='list'] {
    margin: 0;
  }

  [part~='headword'] {
    font-weight: 600;
    line-height: 1.3;
  }

  h2[part~='headword'] {
    margin-block: 0.2em 0.2em;
    font-size: 1.35em;
  }

  dt[part~='headword'] {
    margin-block-start: 0.6em;
  }

  /* Terms are written as they read mid-sentence; a glossary shows them as headwords. */
  [part~='headword']::first-letter {
    text-transform: uppercase;
  }

  [part~='headword']:focus,
  [part~='group-heading']:focus {
    color: var(--_color-accent);
  }

  [part~='symbol'] {
    font-weight: 400;
    color: var(--_color-muted);
  }

  [part~='symbol']::before {
    content: '(';
  }

  [part~='symbol']::after {
    content: ')';
  }

  [part~='kind'] {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }

  dd[part~='definition'] {
    margin-inline-start: 0;
  }

  dd[part~='definition'] p,
  p[part~='definition'] {
    margin-block: 0.2em 0.4em;
  }

  [part~='related'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
  }

  [part~='related'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='related-term'] {
    padding: 0.15em 0.6em;
    min-block-size: 1.9em;
    color: var(--_color-accent);
    background: transparent;
    border-color: var(--_color-accent);
  }

  @media (forced-colors: active) {
    [part~='filter-input'] {
      border-color: CanvasText;
    }
    [part~='letter'] {
      border: 0.0625em solid LinkText;
    }
    [part~='related-term'] {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
`;
