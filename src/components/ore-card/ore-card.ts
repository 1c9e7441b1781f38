import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { CompiledCard } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { cardStyles } from './ore-card.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { cardPageUrl, loadCard } from '../../runtime/content-client.ts';
import { OreError } from '../../runtime/errors.ts';
import { ContentController } from '../shared/content-controller.ts';
import { THEMES, enumAttribute, type Theme } from '../../runtime/attributes.ts';
import { formatFigure } from '../../shared/format.ts';
import { renderBars, renderGauge } from './figure-chart.ts';

export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

function loadCardFor(locale: string, slug: string): Promise<CompiledCard> {
  if (!slug) return Promise.reject(new OreError('missing-attribute', 'the card attribute is empty', { attribute: 'card' }));
  return loadCard(locale, slug);
}

/**
 * @tag ore-card
 * @summary One content card: topic, title, illustration, headline figure, body, glossary terms and sources.
 *
 * @csspart base - The card's box.
 * @csspart header - Topic and title.
 * @csspart topic - The topic line above the title.
 * @csspart title - The card title (an `h2`).
 * @csspart notice - A note about the language shown (fallback, machine translation).
 * @csspart media - Illustration and headline figure.
 * @csspart illustration - The illustration.
 * @csspart figure - The headline figure.
 * @csspart figure-value - The number of the headline figure.
 * @csspart figure-label - What the number counts.
 * @csspart gauge - Ring drawn for a percentage figure.
 * @csspart chart - Bars comparing values (from `figure.compare`).
 * @csspart chart-item - One bar with its label and value.
 * @csspart chart-label - The label of a bar.
 * @csspart chart-bar - The bar itself.
 * @csspart chart-value - The value of a bar.
 * @csspart term-popover - The definition that opens from a glossary word in the text.
 * @csspart term-popover-title - The term in that popover.
 * @csspart term-popover-definition - Its definition.
 * @csspart term-popover-close - The close button of the popover.
 * @csspart summary - The one-sentence summary (compact variant).
 * @csspart body - The card text.
 * @csspart terms - Glossary terms used in the text.
 * @csspart sources - The list of sources.
 * @csspart link - The link to the card's own page (compact variant).
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the card cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty [--ore-card-reserved-size=24em] - Height reserved while loading (11em when compact).
 *
 * @event {CustomEvent<{}>} ore-ready - The card's content has rendered.
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The card cannot be shown (unknown slug, failed fetch, missing attribute).
 */
export class OreCard extends LitElement {
  static override styles = [tokens, statusStyles, cardStyles];

  /** Slug of the card to show, e.g. `cobalt-in-phone-batteries`. */
  @property({ reflect: true }) card = '';

  /** `full` shows everything; `compact` shows title, figure, summary and a link. */
  @property(enumAttribute('variant', CARD_VARIANTS, 'full')) variant: CardVariant = 'full';

  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  private readonly localize = new LocalizeController(this);

  /** Slug of the glossary term whose definition is open. */
  @state() private openTerm?: string;
  private termLink?: HTMLAnchorElement;

  private readonly content = new ContentController(this, this.localize, { load: loadCardFor, args: (): [string] => [this.card] });

  override render() {
    return this.content.render((card) => this.renderCard(card));
  }

  private renderFigure(card: CompiledCard) {
    if (!card.figure) return nothing;
    return html`${renderGauge(card.figure, card.lang, this.localize)}
      <p part="figure" lang=${card.lang}>
        <span part="figure-value">${formatFigure(card.figure, card.lang)}</span>
        <span part="figure-label">${card.figure.label}</span>
      </p>`;
  }

  private handleTermClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[data-term]') as HTMLAnchorElement | null;
    if (!link) return;
    // A fragment link would scroll the host page; the definition opens beside the word instead.
    event.preventDefault();
    this.openTerm = link.dataset.term;
    this.termLink = link;
    void this.updateComplete.then(() => {
      const popover = this.renderRoot.querySelector<HTMLElement>('[part~="term-popover"]');
      if (!popover) return;
      const box = link.getBoundingClientRect();
      popover.showPopover();
      const width = popover.offsetWidth;
      popover.style.top = `${Math.round(box.bottom + 4)}px`;
      popover.style.left = `${Math.round(Math.max(4, Math.min(box.left, window.innerWidth - width - 4)))}px`;
      link.setAttribute('aria-expanded', 'true');
      popover.focus();
    });
  }

  private handleTermToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    const link = this.termLink;
    link?.setAttribute('aria-expanded', 'false');
    // Escape or a click outside closes it; focus goes back to the word it explains.
    if (link && (this.shadowRoot?.activeElement === null || this.shadowRoot?.activeElement === event.target)) link.focus();
  }

  private closeTerm(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="term-popover"]')?.hidePopover();
  }

  private renderTermPopover(card: CompiledCard) {
    const term = card.terms.find((t) => t.slug === this.openTerm);
    return html`<div
      part="term-popover"
      id="term-popover"
      popover="auto"
      role="dialog"
      tabindex="-1"
      aria-labelledby="term-popover-title"
      lang=${term?.lang ?? card.lang}
      @toggle=${this.handleTermToggle}
    >
      <p part="term-popover-title" id="term-popover-title">${term?.term ?? ''}</p>
      <p part="term-popover-definition">${term?.definition ?? ''}</p>
      <button part="term-popover-close" type="button" @click=${this.closeTerm}>${this.localize.t('glossary.close')}</button>
    </div>`;
  }

  private renderCard(card: CompiledCard) {
    const { t, locale } = this.localize;
    const compact = this.variant === 'compact';
    const contentDir = this.localize.dir(card.lang);
    return html`<article part="base" lang=${locale} dir=${this.localize.dir()} aria-labelledby="title">
      <div part="header" lang=${card.lang} dir=${contentDir}>
        <h2 part="title" id="title">${card.title}</h2>
        <p part="topic">${card.topicTitle}</p>
      </div>
      ${this.content.notices(card)}
      <div part="media">
        <div part="illustration" role="img" aria-label=${card.illustration.alt} lang=${card.lang}>${unsafeSVG(card.illustration.svg)}</div>
        ${this.renderFigure(card)}
      </div>
      ${compact || !card.figure ? nothing : renderBars(card.figure, card.lang, this.localize)}
      ${compact
        ? html`<p part="summary" lang=${card.lang} dir=${contentDir}>${card.summary}</p>
            <a part="link" href=${cardPageUrl(locale, card.slug)}>${t('card.readMore', { title: card.title })}</a>`
        : html`<div part="body" lang=${card.lang} dir=${contentDir} @click=${this.handleTermClick}>${unsafeHTML(card.html)}</div>
            ${card.terms.length ? this.renderTermPopover(card) : nothing}
            ${card.terms.length
              ? html`<section part="terms" aria-labelledby="terms-heading">
                  <h3 id="terms-heading">${t('card.terms')}</h3>
                  <dl>
                    ${card.terms.map(
                      (term) => html`<dt id="term-${term.slug}" tabindex="-1" lang=${term.lang}>${term.term}</dt>
                        <dd lang=${term.lang}>${term.definition}</dd>`,
                    )}
                  </dl>
                </section>`
              : nothing}
            <section part="sources" aria-labelledby="sources-heading">
              <h3 id="sources-heading">${t('card.sources')}</h3>
              <ol>
                ${card.sources.map(
                  (source) =>
                    html`<li><a href=${source.url}>${source.title}</a>${source.publisher ? `, ${source.publisher}` : ''}, ${source.year}</li>`,
                )}
              </ol>
            </section>`}
    </article>`;
  }
}

