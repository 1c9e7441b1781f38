import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CompiledGlossary, CompiledTerm } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { glossaryStyles } from './ore-glossary.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { loadGlossary, loadTerm } from '../../runtime/content-client.ts';
import { ContentController } from '../shared/content-controller.ts';
import { THEMES, enumAttribute, headingLevelAttribute, type Theme } from '../../runtime/attributes.ts';
import { heading } from '../shared/heading.ts';
import { languageName } from '../../shared/locales.ts';
import { PageNumberController } from './page-names.ts';
import { bookIcon, searchIcon } from './icons.ts';

/** Letters that carry their stroke or slash in the base letter, so NFD cannot strip it. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H' };

/**
 * Folds accents and case the way a reader typing on any keyboard expects: "litio" finds "Lítio",
 * "zelazo" finds "Żelazo", "ορυκτο" finds "ορυκτό". Invisible marks go too (a soft hyphen, a
 * right-to-left mark): nobody types them, and a term must not be filed under one.
 */
export function foldText(value: string, locale: string): string {
  return value
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
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

/** One term reads its own small file (the term and its related terms); no term, the whole glossary. */
function loadGlossaryFor(locale: string, slug: string): Promise<CompiledGlossary> {
  return slug ? loadTerm(locale, slug) : loadGlossary(locale);
}

/**
 * @tag ore-glossary
 * @summary Glossary definitions: one term with its related terms, or the whole glossary A–Z with a filter box.
 *
 * The widget's box is known before its content arrives. The A–Z is a fixed-height box whose
 * list of terms scrolls inside it, under the filter and the letters; a single term is a fixed
 * box too, with "Show more" in place when its definition does not fit (`expanded`).
 *
 * @csspart base - The glossary's box.
 * @csspart header - The icon and title of the whole list.
 * @csspart icon - The book icon beside the title or the "Glossary" label.
 * @csspart label - The word "Glossary" above a single term.
 * @csspart title - The glossary heading of the whole list (an `h2`, or the level `heading-level` gives).
 * @csspart notice - A note about the language shown (unknown language, terms not yet translated).
 * @csspart skip - The link, shown when focused, that moves focus past the whole list.
 * @csspart end - The end of the list, where the skip link moves focus (shown when focused).
 * @csspart filter - The label, count and search box of the whole list.
 * @csspart filter-label - The visible label of the search box.
 * @csspart filter-field - The search box with its icon.
 * @csspart search-icon - The magnifying glass in the search box.
 * @csspart filter-input - The search box.
 * @csspart count - The number of matching terms, or the no-match message (a polite live region).
 * @csspart letters - The letter navigation.
 * @csspart letter - A link in the letter navigation.
 * @csspart scroller - The box in which the list of terms scrolls.
 * @csspart group - The terms under one letter.
 * @csspart group-heading - The letter heading of a group (one level below the title).
 * @csspart list - A definition list (`dl`).
 * @csspart body - The part of a single term's box that is clipped until "Show more".
 * @csspart entry - One term: headword and definition (single-term view).
 * @csspart headword - A term as a headword (`dt`, or the heading of a single term).
 * @csspart symbol - The chemical symbol of an element.
 * @csspart lang-tag - The language a term not yet translated is shown in.
 * @csspart definition - A definition (`dd`, or the paragraph of a single term).
 * @csspart kind - Whether the term is a material or a concept.
 * @csspart related - The "See also" list.
 * @csspart related-term - A button that shows a related term.
 * @csspart more - The "Show more" / "Show less" button of a single term that does not fit its box.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the glossary cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty [--ore-glossary-block-size=36–38em] - Height of the A–Z box (taller in a narrow column); the list scrolls inside it.
 * @cssproperty [--ore-glossary-term-block-size=17–28em] - Height of a single term's box (taller in a narrow column), until "Show more".
 *
 * @event {CustomEvent<{}>} ore-ready - The glossary has rendered.
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The glossary cannot be shown (unknown term, failed fetch).
 */
export class OreGlossary extends LitElement {
  static override styles = [tokens, statusStyles, glossaryStyles];

  /** Slug of one term to show, e.g. `ore-grade`; without it the whole glossary is shown. */
  @property({ reflect: true }) term = '';

  /** Colour scheme: `light`, `dark` or `auto` (follows the host page's `color-scheme`). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** Level (1–6) of the glossary's heading, so it fits the host page's outline; letter headings are one below. */
  @property({ attribute: 'heading-level', reflect: true, converter: headingLevelAttribute().converter }) headingLevel = 2;

  /** A single term opened to its full length ("Show more"); set by the reader, or by the page to open it from the start. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The text in the filter box. */
  @state() private query = '';

  /** A related term the reader moved to from the `term` attribute's term. */
  @state() private shownSlug?: string;

  /** The single term's content is taller than its box. */
  @state() private overflowing = false;

  private readonly localize = new LocalizeController(this);

  private readonly content = new ContentController(this, this.localize, { load: loadGlossaryFor, args: (): [string] => [this.term] });

  private readonly pageNumber = new PageNumberController(this, () => !this.term);

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
  }

  private get body(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="body"]');
  }

  /**
   * Terms met by moving from related term to related term, by `locale/slug`: the single term's
   * file holds its related terms but not theirs, so each move reads the next term's file.
   */
  private readonly visited = new Map<string, CompiledTerm>();

  /** Where focus goes once the next render is done (a related term's headword). */
  private pendingFocus?: string;

  private resizeObserver?: ResizeObserver;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('term')) {
      this.shownSlug = undefined;
      // A new term from the page starts in its box again; only the reader opens it.
      if (changed.get('term') !== undefined) this.expanded = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('query') && this.scroller) this.scroller.scrollTop = 0;
    this.watchBody();
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.pendingFocus)}`);
    if (!target) return;
    this.pendingFocus = undefined;
    target.focus();
  }

  /** Watches the single term's clipped body, to offer "Show more" exactly when it does not fit. */
  private watchBody(): void {
    const body = this.body;
    if (!body) {
      this.resizeObserver?.disconnect();
      if (this.overflowing) this.overflowing = false;
      return;
    }
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(body);
    for (const child of body.children) this.resizeObserver.observe(child);
    this.measure();
  }

  private measure(): void {
    const body = this.body;
    if (!body || this.expanded) return;
    const overflowing = body.scrollHeight > body.clientHeight + 1;
    if (overflowing !== this.overflowing) this.overflowing = overflowing;
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
    const group = heading?.closest<HTMLElement>('[part~="group"]');
    const list = this.scroller;
    if (!heading || !group || !list) return;
    // In a very narrow box the whole box scrolls, not the list (see the styles).
    const scroller = getComputedStyle(list).overflowY === 'visible' ? (list.closest<HTMLElement>('[part~="base"]') ?? list) : list;
    // The letter's terms come into view inside the list, its heading at the top edge (the
    // heading is sticky, so the group's own position is the one to measure).
    const offset = group.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - parseFloat(getComputedStyle(scroller).paddingBlockStart || '0');
    heading.focus({ preventScroll: true });
    // Only when the list itself is off screen does the page move, and then just enough.
    const rect = heading.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) scroller.scrollIntoView({ block: 'nearest' });
  }

  private handleSkip(event: MouseEvent): void {
    // The target is in this shadow root; a fragment link would change the page's URL.
    event.preventDefault();
    const end = this.renderRoot.querySelector<HTMLElement>('[part~="end"]');
    if (!end) return;
    // From a focused tabindex=-1 node at the very end of the shadow root, Chromium's Tab went
    // back to this link (seen in the skip-link test): so the end is a Tab stop while it holds
    // focus, and Tab goes on to what follows the glossary on the page.
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  }

  private handleMoreClick(): void {
    this.expanded = !this.expanded;
    if (!this.expanded) this.updateComplete.then(() => this.measure());
  }

  private handleRelatedClick(slug: string): void {
    if (this.term) {
      this.shownSlug = slug;
      const { locale } = this.localize;
      loadTerm(locale, slug).then(
        (file) => {
          for (const term of file.terms) this.visited.set(`${locale}/${term.slug}`, term);
          this.requestUpdate();
        },
        // The term itself is shown already; only its own related terms stay out of reach.
        () => undefined,
      );
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
    return html`<span part="kind" data-kind=${term.kind}>${this.localize.t(`glossary.${term.kind}`)}</span>`;
  }

  private renderSymbol(term: CompiledTerm) {
    return term.symbol ? html` <span part="symbol">${term.symbol}</span>` : nothing;
  }

  /** The language a term is shown in, when it is not the reader's: named in the reader's language. */
  private renderLangTag(term: CompiledTerm) {
    const { locale } = this.localize;
    if (term.lang === locale) return nothing;
    return html` <span part="lang-tag" lang=${locale} dir=${this.localize.dir()}>${languageName(term.lang, locale)}</span>`;
  }

  /** A term of the loaded file, or one met on the way from related term to related term. */
  private findTerm(glossary: CompiledGlossary, slug: string): CompiledTerm | undefined {
    return glossary.terms.find((candidate) => candidate.slug === slug) ?? this.visited.get(`${this.localize.locale}/${slug}`);
  }

  private renderRelated(term: CompiledTerm, glossary: CompiledGlossary) {
    const related = term.related
      .map((slug) => this.findTerm(glossary, slug))
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
    const term = this.findTerm(glossary, this.shownSlug ?? this.term)!;
    const clipped = this.overflowing && !this.expanded;
    return html`<article part="base" data-view="term" lang=${locale} dir=${this.localize.dir()} aria-labelledby="term-${term.slug}">
      <div part="body" id="glossary-term-body" ?data-clipped=${clipped}>
        <p part="label">${bookIcon}<span>${t('glossary.label')}</span></p>
        ${this.content.notices(term)}
        <div part="entry">
          ${heading(
            this.headingLevel,
            html`<span lang=${term.lang} dir=${this.localize.dir(term.lang)}>${term.term}</span>${this.renderSymbol(term)}`,
            'headword',
            { id: `term-${term.slug}`, tabindex: -1 },
          )}
          ${this.renderKind(term)}
          <p part="definition" lang=${term.lang} dir=${this.localize.dir(term.lang)}>${term.definition}</p>
          ${this.renderRelated(term, glossary)}
        </div>
      </div>
      ${this.overflowing || this.expanded
        ? html`<button part="more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="glossary-term-body" @click=${this.handleMoreClick}>
            ${this.expanded ? t('glossary.showLess') : t('glossary.showMore')}
          </button>`
        : nothing}
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

  /** Once for the whole list: how many terms are shown in another language, and which. */
  private renderFallbackNotice(glossary: CompiledGlossary) {
    const { t, locale } = this.localize;
    const foreign = glossary.terms.filter((term) => term.lang !== locale);
    if (!foreign.length) return nothing;
    const names = [...new Set(foreign.map((term) => term.lang))].map((lang) => languageName(lang, locale));
    const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
    return html`<p part="notice">${t('glossary.fallback', { count: foreign.length, languages })}</p>`;
  }

  private renderList(glossary: CompiledGlossary) {
    const { t, locale } = this.localize;
    const found = this.matchingTerms(glossary);
    const groups = groupByLetter(found, locale);
    const number = this.pageNumber.number;
    return html`<section part="base" data-view="list" lang=${locale} dir=${this.localize.dir()} aria-label=${number > 1 ? t('glossary.numbered', { number }) : t('glossary.label')}>
      <a part="skip" href="#glossary-end" @click=${this.handleSkip}>${t('glossary.skip')}</a>
      <div part="header">
        ${bookIcon} ${heading(this.headingLevel, t('glossary.label'), 'title', { id: 'glossary-title' })}
      </div>
      ${this.content.notices()} ${this.renderFallbackNotice(glossary)}
      <div part="filter">
        <label part="filter-label" for="filter">${t('glossary.filter')}</label>
        <p part="count" role="status" aria-live="polite">
          ${found.length ? t('glossary.count', { count: found.length }) : t('glossary.noMatch', { query: this.query.trim() })}
        </p>
        <div part="filter-field">
          ${searchIcon}
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
      </div>
      ${groups.length
        ? html`<nav part="letters" aria-label=${number > 1 ? t('glossary.lettersNumbered', { number }) : t('glossary.letters')} @click=${this.handleLetterClick}>
            <ul data-clip>
              ${groups.map(
                (group) => html`<li><a part="letter" href="#${this.groupId(group.letter)}" data-letter=${group.letter}>${group.letter}</a></li>`,
              )}
            </ul>
          </nav>`
        : nothing}
      <div part="scroller" tabindex="0" role="group" aria-label=${t('glossary.list')}>
        ${groups.map(
          (group) => html`<div part="group">
            ${heading(this.headingLevel, group.letter, 'group-heading', { id: this.groupId(group.letter), offset: 1, tabindex: -1 })}
            <dl part="list">
              ${group.terms.map(
                (term) => html`<dt part="headword" id="term-${term.slug}" tabindex="-1" lang=${term.lang} dir=${this.localize.dir(term.lang)}>
                    <span>${term.term}</span>${this.renderSymbol(term)}${this.renderLangTag(term)}
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
      </div>
      <p part="end" id="glossary-end" tabindex="-1">${t('glossary.end')}</p>
    </section>`;
  }
}
