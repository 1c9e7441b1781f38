import { html } from 'lit';

/** An open book: the glossary's mark beside its title. Decorative; the title says what it is. */
export const bookIcon = html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 6.5C10.2 5.1 7.6 4.5 4 4.5v13c3.6 0 6.2.6 8 2 1.8-1.4 4.4-2 8-2v-13c-3.6 0-6.2.6-8 2z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>
  <path d="M12 6.5v13" fill="none" stroke="currentColor" stroke-width="1.8"/>
</svg>`;

/** A magnifying glass inside the filter box. Decorative; the box has a visible label. */
export const searchIcon = html`<svg part="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" stroke-width="2"/>
  <path d="M15 15l5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
</svg>`;
