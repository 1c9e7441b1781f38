import { html, nothing } from 'lit';

/**
 * A real heading at the level the host page needs (`heading-level`, 1–6), so a widget's
 * headings fit under the page's own outline. `offset` gives a sub-heading (capped at 6).
 */
export function heading(level: number, content: unknown, part: string, options: { id?: string; offset?: number; tabindex?: number } = {}) {
  const id = options.id ?? nothing;
  const tabindex = options.tabindex ?? nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) + (options.offset ?? 0)))) {
    case 1:
      return html`<h1 part=${part} id=${id} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} tabindex=${tabindex}>${content}</h6>`;
  }
}
