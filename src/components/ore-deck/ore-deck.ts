import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CardSummary } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { deckStyles } from './ore-deck.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { loadSelection } from '../../runtime/content-client.ts';
import { selectCards } from '../../runtime/selection.ts';
import { ContentController } from '../shared/content-controller.ts';
import { inLang, withContent } from '../shared/with-content.ts';
import { THEMES, enumAttribute, headingLevelAttribute, positiveNumberAttribute, type Theme } from '../../runtime/attributes.ts';
import '../ore-card/define.ts';

export const DECK_LAYOUTS = ['carousel', 'grid'] as const;
export type DeckLayout = (typeof DECK_LAYOUTS)[number];

/** Horizontal distance, in CSS pixels, that counts as a swipe. */
const SWIPE_DISTANCE = 40;

/**
 * @tag ore-deck
 * @summary A browsable set of cards: a carousel one card at a time, or a responsive grid.
 *
 * @csspart base - The deck's box.
 * @csspart viewport - The area showing the current card (carousel).
 * @csspart controls - Previous/next buttons and the position (carousel).
 * @csspart previous - The "previous card" button.
 * @csspart next - The "next card" button.
 * @csspart position - "3 of 8" (carousel).
 * @csspart indicator - The position and its dots (carousel).
 * @csspart dots - The position as a row of dots (carousel; decoration, the text says it).
 * @csspart dot - One dot; `dot current` is the card shown.
 * @csspart show-all - The button under a grid that opens all its cards in place (and closes them again).
 * @csspart grid - The list of cards (grid).
 * @csspart empty - The message shown when no card matches.
 * @csspart notice - A note about the language shown (a language the kit lacks, a fallback, a machine translation).
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the deck cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button, for failures that may pass (network, timeout).
 *
 * @cssproperty [--ore-deck-min-column=18em] - Narrowest column of the grid.
 * @cssproperty --ore-deck-block-size - The deck's height; by default it follows the layout and the width it is given, never the cards' content.
 *
 * @event {CustomEvent<{}>} ore-ready - The deck has rendered its selection (each card then announces its own content).
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The deck or one of its cards cannot be shown.
 */
export class OreDeck extends LitElement {
  static override styles = [tokens, statusStyles, deckStyles];

  /** Show the cards of this topic, e.g. `circular-economy`. */
  @property({ reflect: true }) topic = '';

  /** Comma-separated tags; cards with any of them are shown. */
  @property({ reflect: true }) tags = '';

  /** Show the cards about this region, e.g. `lapland`. */
  @property({ reflect: true }) region = '';

  /** Comma-separated card slugs, shown in this order; overrides topic, tags and region. */
  @property({ reflect: true }) cards = '';

  /** `carousel` shows one card at a time; `grid` shows compact cards in responsive columns. */
  @property(enumAttribute('layout', DECK_LAYOUTS, 'carousel')) layout: DeckLayout = 'carousel';

  /** At most this many cards (a whole number above 0; without it, every card that matches). */
  @property(positiveNumberAttribute('limit', 0, { integer: true })) limit = 0;

  /** Colour scheme: `light`, `dark` or `auto` (follows the host page's `color-scheme`). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** Level (1–6) of the cards' titles, so they fit under the host page's own headings. */
  @property({ attribute: 'heading-level', reflect: true, converter: headingLevelAttribute().converter }) headingLevel = 2;

  /** A grid shows all its cards (the reader pressed "show all"); else its first two rows. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Columns the grid has at its current width, to know whether "show all" hides anything. */
  @state() private columns = 1;

  private resizeObserver?: ResizeObserver;

  /** Index of the card shown by the carousel. */
  @state() private current = 0;

  /** Text for the polite live region; set only when the reader moves, never on load. */
  @state() private announcement: unknown = '';

  private readonly localize = new LocalizeController(this);
  private swipeStart?: number;

  private readonly content = new ContentController(this, this.localize, {
    load: async (locale, cards: string, topic: string, tags: string, region: string, limit: number) =>
      selectCards(await loadSelection(locale, cards || tags || region ? undefined : topic), { cards, topic, tags, region, limit }),
    args: (): [string, string, string, string, number] => [this.cards, this.topic, this.tags, this.region, this.limit],
  });

  constructor() {
    super();
    // Each card announces its own content; the deck's ore-ready means the deck is ready.
    this.addEventListener('ore-ready', (event) => {
      if (event.composedPath()[0] !== this) event.stopPropagation();
    });
  }

  protected override willUpdate(): void {
    const selected = this.content.value;
    if (!selected) return;
    if (this.current >= selected.cards.length) this.current = Math.max(0, selected.cards.length - 1);
  }

  private go(to: number, cards: CardSummary[]): void {
    const next = Math.min(Math.max(to, 0), cards.length - 1);
    if (next === this.current) return;
    this.current = next;
    this.announcement = withContent(this.localize.t, 'deck.announce', { title: inLang(cards[next].title, cards[next].lang) }, { current: next + 1, total: cards.length });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.measureColumns());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override updated(): void {
    this.measureColumns();
  }

  private measureColumns(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('[part~="grid"]');
    if (!grid) return;
    const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length || 1;
    if (columns !== this.columns) this.columns = columns;
  }

  private handleShowAll(): void {
    this.expanded = !this.expanded;
  }

  private handleKeyDown(event: KeyboardEvent, cards: CardSummary[]): void {
    // Only the carousel's own controls and its frame take arrow keys: inside a card, keys
    // belong to what has focus (a glossary word, a link), and a slide must not vanish under it.
    const target = event.composedPath()[0] as Element;
    if (!target.matches?.('[part~="previous"], [part~="next"], [part~="viewport"]')) return;
    const total = cards.length;
    const forward = this.localize.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = this.localize.dir() === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = { [forward]: this.current + 1, [back]: this.current - 1, Home: 0, End: total - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.go(moves[event.key], cards);
  }

  private handlePointerDown(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') this.swipeStart = event.clientX;
  }

  private handlePointerUp(event: PointerEvent, cards: CardSummary[]): void {
    if (this.swipeStart === undefined) return;
    const distance = event.clientX - this.swipeStart;
    this.swipeStart = undefined;
    if (Math.abs(distance) < SWIPE_DISTANCE) return;
    const towardsEnd = this.localize.dir() === 'rtl' ? distance > 0 : distance < 0;
    this.go(this.current + (towardsEnd ? 1 : -1), cards);
  }

  override render() {
    return this.content.render(({ cards }) => {
      const { t, locale } = this.localize;
      if (!cards.length) {
        return html`<div part="base empty" role="status" lang=${locale} dir=${this.localize.dir()}>${this.content.notices()}${t('deck.empty')}</div>`;
      }
      return this.layout === 'grid' ? this.renderGrid(cards) : this.renderCarousel(cards);
    });
  }

  private renderGrid(cards: CardSummary[]) {
    const { t, locale } = this.localize;
    const hidden = cards.length > this.columns * 2;
    return html`<section part="base" aria-label=${t('deck.label')} lang=${locale} dir=${this.localize.dir()}>
      ${this.content.notices()}
      <ul part="grid" id="grid" data-clip>
        ${repeat(
          cards,
          (card) => card.slug,
          (card) =>
            html`<li><ore-card card=${card.slug} lang=${locale} theme=${this.theme} variant="compact" heading-level=${this.headingLevel}></ore-card></li>`,
        )}
      </ul>
      ${hidden || this.expanded
        ? html`<button part="show-all" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="grid" @click=${this.handleShowAll}>
            ${this.expanded ? t('deck.showFewer') : t('deck.showAll', { count: cards.length })}
          </button>`
        : nothing}
    </section>`;
  }

  private renderCarousel(cards: CardSummary[]) {
    const { t, locale } = this.localize;
    const total = cards.length;
    const card = cards[this.current];
    const position = t('deck.position', { current: this.current + 1, total });
    const rtl = this.localize.dir() === 'rtl';
    return html`<section
      part="base"
      aria-label=${t('deck.label')}
      lang=${locale}
      dir=${this.localize.dir()}
      @keydown=${(event: KeyboardEvent) => this.handleKeyDown(event, cards)}
    >
      ${this.content.notices()}
      <div
        part="viewport"
        role="group"
        tabindex="0"
        aria-label=${t('deck.slide', { current: this.current + 1, total })}
        @pointerdown=${this.handlePointerDown}
        @pointerup=${(event: PointerEvent) => this.handlePointerUp(event, cards)}
        @pointercancel=${() => (this.swipeStart = undefined)}
      >
        ${repeat(
          [card],
          (c) => c.slug,
          (c) => html`<ore-card card=${c.slug} lang=${locale} theme=${this.theme} heading-level=${this.headingLevel}></ore-card>`,
        )}
      </div>
      <div part="controls">
        <button
          part="previous"
          type="button"
          aria-label=${t('deck.previous')}
          aria-disabled=${this.current === 0 ? 'true' : 'false'}
          @click=${() => this.go(this.current - 1, cards)}
        >
          ${arrow(rtl ? 'right' : 'left')}
        </button>
        <div part="indicator">
          <p part="position">${position}</p>
          ${total <= 15
            ? html`<span part="dots" aria-hidden="true">${cards.map((_, i) => html`<span part=${i === this.current ? 'dot current' : 'dot'}></span>`)}</span>`
            : nothing}
        </div>
        <button
          part="next"
          type="button"
          aria-label=${t('deck.next')}
          aria-disabled=${this.current === total - 1 ? 'true' : 'false'}
          @click=${() => this.go(this.current + 1, cards)}
        >
          ${arrow(rtl ? 'left' : 'right')}
        </button>
      </div>
      <p part="announcement" class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}

function arrow(direction: 'left' | 'right') {
  const d = direction === 'left' ? 'M15 5 8 12l7 7' : 'M9 5l7 7-7 7';
  return html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d=${d} /></svg>`;
}

