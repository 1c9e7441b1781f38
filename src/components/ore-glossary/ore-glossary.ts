import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CompiledGlossary, CompiledTerm } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { glossaryStyles } from './ore-glossary.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { loadGlossary } from '../../runtime/content-client.ts';
import { OreError } from '../../runtime/errors.ts';
import { ContentController } from '../shared/content-controller.ts';
import { THEMES, enumAttribute, type Theme } from '../../runtime/attributes.ts';

/** Letters that carry their stroke or slash in the base letter, so NFD cannot strip it. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H' };

/**
 * Folds accents and case the way a reader typing on any keyboard expects: "litio" finds "Lítio",
 * "zelazo" finds "Żelazo", "ορυκτο" finds "ορυκτό".
 */
export function foldText(value: string, locale: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐħĦ]/g, (letter) => UNDECOMPOSED[letter])
    .toLocaleLowerCase(locale);
}

interface LetterGroup {
  letter: string;
  terms: CompiledTerm[];
}

/** Groups terms (already in the locale's collation order) under their first letter after folding. */
function groupByLetter(terms: CompiledTerm[], locale: string): LetterGroup[] {
  const groups = new Map<string, CompiledTerm[]>();
  for (const term of terms) {
    const first = [...foldText(term.term, locale).trim()][0] ?? '';
    const letter = first.toLocaleUpperCase(locale);
    const group = groups.get(letter);
    if (group) group.push(term);
    else groups.set(letter, [term]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, terms: grouped }));
}

function loadGlossaryFor(locale: string, slug: string): Promise<CompiledGlossary> {
  return loadGlossary(locale).then((glossary) => {
    if (slug && !glossary.terms.some((term) => term.slug === slug)) {
      throw new OreError('unknown-term', `there is no glossary term "${slug}" in the ${locale} glossary`, { slug });
    }
    return glossary;
  });
}

/**
 * @tag ore-glossary
 * @summary Glossary definitions: one term with its related terms, or the whole glossary A–Z with a filter box.
 *
 * @csspart base - The glossary's box.
 * @csspart label - The word "Glossary" above a single term.
 * @csspart title - The glossary heading (an `h2`) of the whole list.
 * @csspart notice - A note about the language shown (unknown language).
 * @csspart filter - The label and search box of the whole list.
 * @csspart filter-label - The visible label of the search box.
 * @csspart filter-input - The search box.
 * @csspart count - The number of matching terms, or the no-match message (a polite live region).
 * @csspart letters - The letter navigation.
 * @csspart letter - A link in the letter navigation.
 * @csspart group - The terms under one letter.
 * @csspart group-heading - The letter heading of a group (an `h3`).
 * @csspart list - A definition list (`dl`).
 * @csspart entry - One term: headword and definition (single-term view).
 * @csspart headword - A term as a headword (`dt`, or the `h2` of a single term).
 * @csspart symbol - The chemical symbol of an element.
 * @csspart definition - A definition (`dd`, or the paragraph of a single term).
 * @csspart kind - Whether the term is a material or a concept.
 * @csspart related - The "See also" list.
 * @csspart related-term - A button that shows a related term.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the glossary cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty [--ore-glossary-reserved-size=24em] - Height reserved while loading (10em for a single term).
 *
 * @event {CustomEvent<{}>} ore-ready - The glossary has rendered.
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The glossary cannot be shown (unknown term, failed fetch).
 */
export class OreGlossary extends LitElement {
  static override styles = [tokens, statusStyles, glossaryStyles];

  /** Slug of one term to show, e.g. `ore-grade`; without it the whole glossary is shown. */
  @property({ reflect: true }) term = '';

  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** The text in the filter box. */
  @state() private query = '';

  /** A related term the reader moved to from the `term` attribute's term. */
  @state() private shownSlug?: string;

  private readonly localize = new LocalizeController(this);

  private readonly content = new ContentController(this, this.localize, { load: loadGlossaryFor, args: (): [string] => [this.term] });

  /** Where focus goes once the next render is done (a related term's headword). */
  private pendingFocus?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('term')) this.shownSlug = undefined;
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.pendingFocus)}`);
    if (!target) return;
    this.pendingFocus = undefined;
    target.focus();
  }

  private handleFilterInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private handleLetterClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[data-letter]');
    if (!link) return;
    // A fragment link would scroll the host page; the heading is in this shadow root.
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.groupId(link.getAttribute('data-letter') ?? ''))}`);
    heading?.scrollIntoView({ block: 'nearest' });
    heading?.focus();
  }

  private handleRelatedClick(slug: string): void {
    if (this.term) {
      this.shownSlug = slug;
    } else if (!this.renderRoot.querySelector(`#term-${CSS.escape(slug)}`)) {
      // The related term is filtered out: show everything again so it can be reached.
      this.query = '';
    }
    this.pendingFocus = `term-${slug}`;
    this.requestUpdate();
  }

  private groupId(letter: string): string {
    return `letter-${letter}`;
  }

  override render() {
    return this.content.render((glossary) => (this.term ? this.renderSingle(glossary) : this.renderList(glossary)));
  }


  private renderKind(term: CompiledTerm) {
    return html`<span part="kind">${this.localize.t(`glossary.${term.kind}`)}</span>`;
  }

  private renderSymbol(term: CompiledTerm) {
    return term.symbol ? html` <span part="symbol">${term.symbol}</span>` : nothing;
  }

  private renderRelated(term: CompiledTerm, glossary: CompiledGlossary) {
    const related = term.related
      .map((slug) => glossary.terms.find((candidate) => candidate.slug === slug))
      .filter((candidate): candidate is CompiledTerm => candidate !== undefined);
    if (!related.length) return nothing;
    const headingId = `related-${term.slug}`;
    return html`<div part="related">
      <span id=${headingId}>${this.localize.t('glossary.related')}</span>
      <ul aria-labelledby=${headingId}>
        ${related.map(
          (target) =>
            html`<li>
              <button part="related-term" type="button" lang=${target.lang} data-term=${target.slug} @click=${() => this.handleRelatedClick(target.slug)}>
                ${target.term}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderSingle(glossary: CompiledGlossary) {
    const { t, locale } = this.localize;
    const term = glossary.terms.find((candidate) => candidate.slug === (this.shownSlug ?? this.term))!;
    return html`<article part="base" lang=${locale} dir=${this.localize.dir()} aria-labelledby="term-${term.slug}">
      <p part="label">${t('glossary.label')}</p>
      ${this.content.notices()}
      <div part="entry">
        <h2 part="headword" id="term-${term.slug}" tabindex="-1" lang=${term.lang} dir=${this.localize.dir(term.lang)}>
          <span>${term.term}</span>${this.renderSymbol(term)}
        </h2>
        ${this.renderKind(term)}
        <p part="definition" lang=${term.lang} dir=${this.localize.dir(term.lang)}>${term.definition}</p>
        ${this.renderRelated(term, glossary)}
      </div>
    </article>`;
  }

  private matchingTerms(glossary: CompiledGlossary): CompiledTerm[] {
    const { locale } = this.localize;
    const words = foldText(this.query, locale).split(/\s+/u).filter(Boolean);
    if (!words.length) return glossary.terms;
    return glossary.terms.filter((term) => {
      const haystack = `${foldText(term.term, locale)}\n${foldText(term.definition, locale)}`;
      return words.every((word) => haystack.includes(word));
    });
  }

  private renderList(glossary: CompiledGlossary) {
    const { t, locale } = this.localize;
    const found = this.matchingTerms(glossary);
    const groups = groupByLetter(found, locale);
    return html`<section part="base" lang=${locale} dir=${this.localize.dir()} aria-labelledby="glossary-title">
      <h2 part="title" id="glossary-title">${t('glossary.label')}</h2>
      ${this.content.notices()}
      <div part="filter">
        <label part="filter-label" for="filter">${t('glossary.filter')}</label>
        <input
          part="filter-input"
          id="filter"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${this.handleFilterInput}
        />
      </div>
      <p part="count" role="status" aria-live="polite">
        ${found.length ? t('glossary.count', { count: found.length }) : t('glossary.noMatch', { query: this.query.trim() })}
      </p>
      ${groups.length
        ? html`<nav part="letters" aria-label=${t('glossary.letters')} @click=${this.handleLetterClick}>
            <ul>
              ${groups.map(
                (group) => html`<li><a part="letter" href="#${this.groupId(group.letter)}" data-letter=${group.letter}>${group.letter}</a></li>`,
              )}
            </ul>
          </nav>`
        : nothing}
      ${groups.map(
        (group) => html`<div part="group">
          <h3 part="group-heading" id=${this.groupId(group.letter)} tabindex="-1">${group.letter}</h3>
          <dl part="list">
            ${group.terms.map(
              (term) => html`<dt part="headword" id="term-${term.slug}" tabindex="-1" lang=${term.lang} dir=${this.localize.dir(term.lang)}>
                  <span>${term.term}</span>${this.renderSymbol(term)}
                </dt>
                <dd part="definition">
                  ${this.renderKind(term)}
                  <p lang=${term.lang} dir=${this.localize.dir(term.lang)}>${term.definition}</p>
                  ${this.renderRelated(term, glossary)}
                </dd>`,
            )}
          </dl>
        </div>`,
      )}
    </section>`;
  }
}
