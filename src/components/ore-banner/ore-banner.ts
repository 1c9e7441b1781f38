import { LitElement, html, nothing, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CardSummary } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { bannerStyles } from './ore-banner.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { cardPageUrl, loadSelection } from '../../runtime/content-client.ts';
import { selectCards } from '../../runtime/selection.ts';
import { formatFigure } from '../../shared/format.ts';
import { ContentController } from '../shared/content-controller.ts';
import { inLang, withContent } from '../shared/with-content.ts';
import { THEMES, enumAttribute, positiveNumberAttribute, safeUrl, urlAttribute, type Theme } from '../../runtime/attributes.ts';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Advances on a timer while nothing holds it: the reader's pause button, hover, focus, a hidden
 * tab, or a preference for reduced motion (then it does not start by itself at all).
 */
class RotationController implements ReactiveController {
  /** Pressed pause (or never pressed play under reduced motion). */
  paused = false;
  private hovered = false;
  private focused = false;
  private timer?: ReturnType<typeof setInterval>;
  private readonly motion = window.matchMedia(REDUCED_MOTION);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly interval: () => number,
    private readonly advance: () => void,
  ) {
    host.addController(this);
    this.paused = this.motion.matches;
  }

  private readonly handleMotion = () => {
    if (this.motion.matches) this.paused = true;
    this.schedule();
    this.host.requestUpdate();
  };
  private readonly handleEnter = () => this.hold('hovered', true);
  private readonly handleLeave = () => this.hold('hovered', false);
  private readonly handleFocusIn = () => this.hold('focused', true);
  private readonly handleFocusOut = (event: FocusEvent) => {
    if (!this.host.contains(event.relatedTarget as Node) && !this.host.shadowRoot?.contains(event.relatedTarget as Node)) {
      this.hold('focused', false);
    }
  };
  private readonly handleVisibility = () => this.schedule();

  private hold(reason: 'hovered' | 'focused', value: boolean): void {
    this[reason] = value;
    this.schedule();
  }

  get running(): boolean {
    return !this.paused && !this.hovered && !this.focused && document.visibilityState === 'visible';
  }

  toggle(): void {
    this.paused = !this.paused;
    this.schedule();
    this.host.requestUpdate();
  }

  /** Restarts the timer (after a change of interval, or of what holds the rotation). */
  schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.running && this.host.isConnected) this.timer = setInterval(this.advance, this.interval() * 1000);
  }

  hostConnected(): void {
    this.motion.addEventListener('change', this.handleMotion);
    this.host.addEventListener('pointerenter', this.handleEnter);
    this.host.addEventListener('pointerleave', this.handleLeave);
    this.host.addEventListener('focusin', this.handleFocusIn);
    this.host.addEventListener('focusout', this.handleFocusOut);
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.motion.removeEventListener('change', this.handleMotion);
    this.host.removeEventListener('pointerenter', this.handleEnter);
    this.host.removeEventListener('pointerleave', this.handleLeave);
    this.host.removeEventListener('focusin', this.handleFocusIn);
    this.host.removeEventListener('focusout', this.handleFocusOut);
    document.removeEventListener('visibilitychange', this.handleVisibility);
  }
}

/**
 * @tag ore-banner
 * @summary A slim strip of short facts for a site header or sidebar, one at a time.
 *
 * @csspart base - The strip.
 * @csspart label - "Did you know?".
 * @csspart facts - The stack of facts, in a strip of fixed height: one or two lines wide, a few when narrow.
 * @csspart fact - One fact.
 * @csspart fact-figure - The headline figure of a fact: number and what it counts.
 * @csspart fact-value - The headline number of a fact.
 * @csspart fact-label - What the number counts.
 * @csspart fact-text - The fact's sentence.
 * @csspart link - The link: to the fact's card ("Read more: title"), or to `href`, named by its site.
 * @csspart toggle - The pause/play button.
 * @csspart controls - Previous, pause/play, next and the position.
 * @csspart previous - The "previous fact" button.
 * @csspart next - The "next fact" button.
 * @csspart position - "Fact 2 of 6".
 * @csspart empty - The message shown when no fact matches.
 * @csspart notice - A note about the language shown (a language the kit lacks, a fallback, a machine translation).
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the banner cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button, for failures that may pass (network, timeout).
 *
 *
 * @event {CustomEvent<{}>} ore-ready - The facts have rendered.
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The banner cannot be shown.
 */
export class OreBanner extends LitElement {
  static override styles = [tokens, statusStyles, bannerStyles];

  /** Show facts from the cards of this topic. */
  @property({ reflect: true }) topic = '';

  /** Show facts from the cards about this region. */
  @property({ reflect: true }) region = '';

  /** Seconds each fact stays before the next one. */
  @property(positiveNumberAttribute('interval', 8)) interval = 8;

  /** Where the call to action leads; by default each fact links to its card's page. */
  @property(urlAttribute('href')) href = '';

  /** Colour scheme: `light`, `dark` or `auto`. */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** Index of the fact shown. */
  @state() private current = 0;

  private readonly localize = new LocalizeController(this);

  private readonly content = new ContentController(this, this.localize, {
    load: async (locale, topic: string, region: string) => selectCards(await loadSelection(locale, region ? undefined : topic), { topic, region }).cards,
    args: (): [string, string] => [this.topic, this.region],
  });

  private readonly rotation = new RotationController(
    this,
    () => (Number.isFinite(this.interval) && this.interval >= 1 ? this.interval : 8),
    () => {
      const total = this.content.value?.length ?? 0;
      if (total > 1) this.current = (this.current + 1) % total;
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('interval')) this.rotation.schedule();
    const total = this.content.value?.length ?? 0;
    if (this.current >= total) this.current = 0;
  }

  private handleToggle(): void {
    this.rotation.toggle();
  }

  override render() {
    return this.content.render((cards) => this.renderFacts(cards));
  }

  /** Moves by `step` facts, as the reader asked, and restarts the timer so the new fact gets its full time. */
  private handleStep(step: number): void {
    const total = this.content.value?.length ?? 0;
    if (total < 2) return;
    this.current = (this.current + step + total) % total;
    this.rotation.schedule();
  }

  /** The link's words say what it opens: the site the page chose, or the fact's card. */
  private linkFor(card: CardSummary): { href: string; text: unknown } {
    const { t, locale } = this.localize;
    const custom = this.href ? safeUrl(this.href) : undefined;
    if (custom) return { href: custom, text: t('banner.visit', { site: new URL(custom).hostname }) };
    return { href: cardPageUrl(locale, card.slug), text: withContent(t, 'card.readMore', { title: inLang(card.title, card.lang) }) };
  }

  private renderFacts(cards: CardSummary[]) {
    const { t, locale } = this.localize;
    if (!cards.length) return html`<div part="base empty" role="status" lang=${locale}>${this.content.notices()}${t('banner.empty')}</div>`;
    const playing = !this.rotation.paused;
    const shown = cards[this.current];
    const link = this.linkFor(shown);
    const rtl = this.localize.dir() === 'rtl';
    return html`<aside part="base" aria-label=${t('banner.label')} lang=${locale} dir=${this.localize.dir()}>
      <p part="label" aria-hidden="true">${t('banner.label')}</p>
      <div part="facts" data-clip>
        ${this.content.notices()}
        ${cards.map((card, index) => {
          const current = index === this.current;
          return html`<p part="fact" class=${current ? 'current' : ''} aria-hidden=${current ? 'false' : 'true'} ?inert=${!current} lang=${card.lang}>
            ${card.figure
              ? html`<span part="fact-figure"
                  ><span part="fact-value">${formatFigure(card.figure, card.lang)}</span>
                  <span part="fact-label">${card.figure.label}</span></span
                >`
              : nothing}
            <span part="fact-text">${card.summary}</span>
          </p>`;
        })}
      </div>
      <a part="link" href=${link.href} lang=${locale}><span data-clip>${link.text}</span></a>
      ${cards.length > 1
        ? html`<div part="controls">
            <button part="previous" type="button" aria-label=${t('banner.previous')} @click=${() => this.handleStep(-1)}>${rtl ? nextIcon : previousIcon}</button>
            <button part="toggle" type="button" aria-label=${playing ? t('banner.pause') : t('banner.play')} @click=${this.handleToggle}>
              ${playing ? pauseIcon : playIcon}
            </button>
            <button part="next" type="button" aria-label=${t('banner.next')} @click=${() => this.handleStep(1)}>${rtl ? previousIcon : nextIcon}</button>
            <p part="position">${t('banner.position', { current: this.current + 1, total: cards.length })}</p>
          </div>`
        : nothing}
    </aside>`;
  }
}

const pauseIcon = html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="currentColor"><rect x="6" y="5" width="4" height="14" rx="1" /><rect x="14" y="5" width="4" height="14" rx="1" /></svg>`;
const playIcon = html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="currentColor"><path d="M8 5v14l11-7z" /></svg>`;
const previousIcon = html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M15 5 8 12l7 7" /></svg>`;
const nextIcon = html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M9 5l7 7-7 7" /></svg>`;
