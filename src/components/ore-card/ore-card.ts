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
import { THEMES, enumAttribute, headingLevelAttribute, type Theme } from '../../runtime/attributes.ts';
import { heading } from '../shared/heading.ts';
import { formatFigure } from '../../shared/format.ts';
import { SOURCE_LOCALE } from '../../shared/locales.ts';
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
 * @csspart title - The card title (a heading at `heading-level`).
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
 * @csspart story - The first screen between title and "show more": notices, figure and summary; what does not fit fades out.
 * @csspart summary - The one-sentence summary: the story in brief, on the card's first screen.
 * @csspart more - The "show more" / "show less" button that opens the rest of a full card in place.
 * @csspart details - What "show more" opens: the comparison, the text, the terms and the sources.
 * @csspart body - The card text.
 * @csspart terms - Glossary terms used in the text.
 * @csspart sources - The list of sources.
 * @csspart link - The title as a link to the card's own page (compact variant: the tile opens the card).
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the card cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty --ore-card-block-size - The card's height. By default it follows the variant and the width the card is given (taller when narrow), never the content, so nothing moves when the content lands.
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

  /** Colour scheme: `light`, `dark` or `auto` (follows the host page's `color-scheme`). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** Level (1–6) of the card's title, so it fits under the host page's own headings; its sub-headings follow. */
  @property({ attribute: 'heading-level', reflect: true, converter: headingLevelAttribute().converter }) headingLevel = 2;

  /** The rest of a full card is open (the reader pressed "show more"). */
  @property({ type: Boolean, reflect: true }) expanded = false;

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
    this.termLink?.style.removeProperty('anchor-name');
    this.openTerm = link.dataset.term;
    this.termLink = link;
    // The popover is anchored to the word (CSS anchor positioning), and flips to stay on screen.
    link.style.setProperty('anchor-name', '--ore-term');
    void this.updateComplete.then(() => {
      const popover = this.renderRoot.querySelector<HTMLElement>('[part~="term-popover"]');
      if (!popover) return;
      popover.showPopover();
      link.setAttribute('aria-expanded', 'true');
      popover.focus();
    });
  }

  private handleTermToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    const link = this.termLink;
    link?.setAttribute('aria-expanded', 'false');
    // Escape, Close or a click outside closes it; focus goes back to the word it explains,
    // unless the reader already moved it elsewhere.
    const active = this.shadowRoot?.activeElement;
    if (link && (active === null || active === event.target || (event.target as Element).contains(active ?? null))) link.focus();
  }

  /** Tabbing out of the definition closes it, so it never lingers over the text. */
  private handlePopoverFocusOut(event: FocusEvent): void {
    const popover = event.currentTarget as HTMLElement;
    const to = event.relatedTarget as Node | null;
    if (to && popover.contains(to)) return;
    // After this focus move has finished, never from inside it: hiding moves focus too.
    setTimeout(() => {
      if (popover.matches(':popover-open') && !popover.contains(this.shadowRoot?.activeElement ?? null)) popover.hidePopover();
    });
  }

  private closeTerm(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="term-popover"]')?.hidePopover();
    this.termLink?.focus();
  }

  private handleMore(): void {
    this.expanded = !this.expanded;
    if (!this.expanded) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="more"]')?.focus());
  }

  protected override updated(): void {
    // The topic's colour marks its name. Set through the CSSOM: a style attribute would break a
    // strict CSP (style-src 'self'), and styleMap writes one on its first render.
    const color = this.content.value?.topicColor;
    const base = this.renderRoot.querySelector<HTMLElement>('article[part~="base"]');
    if (color) base?.style.setProperty('--_topic', color);
    // Glossary words say from the start that they open a definition.
    for (const link of this.renderRoot.querySelectorAll<HTMLAnchorElement>('[part~="body"] a[data-term]')) {
      if (!link.hasAttribute('aria-expanded')) link.setAttribute('aria-expanded', 'false');
      link.setAttribute('aria-controls', 'term-popover');
      link.setAttribute('aria-haspopup', 'dialog');
    }
  }

  private renderTermPopover(card: CompiledCard) {
    const term = card.terms.find((t) => t.slug === this.openTerm);
    // The term is content; the close button is the reader's language.
    const lang = term?.lang ?? card.lang;
    return html`<div
      part="term-popover"
      id="term-popover"
      popover="auto"
      role="dialog"
      tabindex="-1"
      aria-labelledby="term-popover-title"
      @toggle=${this.handleTermToggle}
      @focusout=${this.handlePopoverFocusOut}
    >
      <p part="term-popover-title" id="term-popover-title" lang=${lang}>${term?.term ?? ''}</p>
      <p part="term-popover-definition" lang=${lang}>${term?.definition ?? ''}</p>
      <button part="term-popover-close" type="button" @click=${this.closeTerm}>${this.localize.t('glossary.close')}</button>
    </div>`;
  }

  private renderCard(card: CompiledCard) {
    const { t, locale } = this.localize;
    const compact = this.variant === 'compact';
    const contentDir = this.localize.dir(card.lang);
    const subheading = (text: string, id: string) => heading(this.headingLevel, text, 'subheading', { id, offset: 1 });
    return html`<article part="base" lang=${locale} dir=${this.localize.dir()} aria-labelledby="title" data-topic=${card.topic}>
      <div part="header" lang=${card.lang} dir=${contentDir}>
        ${heading(
          this.headingLevel,
          compact ? html`<a part="link" href=${cardPageUrl(locale, card.slug)}>${card.title}</a>` : card.title,
          'title',
          { id: 'title' },
        )}
        <p part="topic">${card.topicTitle}</p>
      </div>
      <div part="story">
        ${this.content.notices(card)}
        <div part="media">
          <div part="illustration" role="img" aria-label=${card.illustration.alt} lang=${card.lang}>${unsafeSVG(card.illustration.svg)}</div>
          ${this.renderFigure(card)}
        </div>
        <p part="summary" lang=${card.lang} dir=${contentDir}>${card.summary}</p>
      </div>
      ${compact
        ? nothing
        : html`<button part="more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="details" @click=${this.handleMore}>
              ${this.expanded ? t('card.showLess') : t('card.showMore')}
            </button>
            <div part="details" id="details" ?hidden=${!this.expanded}>
              ${card.figure ? renderBars(card.figure, card.lang, this.localize) : nothing}
              <div part="body" lang=${card.lang} dir=${contentDir} @click=${this.handleTermClick}>${unsafeHTML(card.html)}</div>
              ${card.terms.length
                ? html`<div part="terms">
                    ${subheading(t('card.terms'), 'terms-heading')}
                    <dl aria-labelledby="terms-heading">
                      ${card.terms.map(
                        (term) => html`<dt id="term-${term.slug}" tabindex="-1" lang=${term.lang}>${term.term}</dt>
                          <dd lang=${term.lang}>${term.definition}</dd>`,
                      )}
                    </dl>
                  </div>`
                : nothing}
              <div part="sources">
                ${subheading(t('card.sources'), 'sources-heading')}
                <ol aria-labelledby="sources-heading" lang=${SOURCE_LOCALE}>
                  ${card.sources.map(
                    (source) =>
                      html`<li><a href=${source.url}>${source.title}</a>${source.publisher ? `, ${source.publisher}` : ''}, ${source.year}</li>`,
                  )}
                </ol>
              </div>
            </div>
            ${card.terms.length ? this.renderTermPopover(card) : nothing}`}
    </article>`;
  }
}

