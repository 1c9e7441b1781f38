import { LitElement, nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { CompiledObject, CompiledObjectPart } from '../../shared/catalog.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { statusStyles } from '../shared/status.styles.ts';
import { explorerStyles } from './ore-explorer.styles.ts';
import { LocalizeController } from '../../runtime/localize-controller.ts';
import { cardPageUrl, loadObject } from '../../runtime/content-client.ts';
import { OreError } from '../../runtime/errors.ts';
import { emit } from '../../runtime/events.ts';
import { ContentController } from '../shared/content-controller.ts';
import { inLang, withContent } from '../shared/with-content.ts';
import { SOURCE_LOCALE, intlTag } from '../../shared/locales.ts';
import { THEMES, enumAttribute, type Theme } from '../../runtime/attributes.ts';
import { formatFigure } from '../../shared/format.ts';
import { withoutTermLinks } from '../../shared/term-links.ts';
import { headingLevelConverter, headingTag } from './heading-level.ts';

const PART_PREFIX = 'part-';

function loadObjectFor(locale: string, slug: string): Promise<CompiledObject> {
  if (!slug) return Promise.reject(new OreError('missing-attribute', 'the object attribute is empty', { attribute: 'object' }));
  return loadObject(locale, slug);
}

/**
 * @tag ore-explorer
 * @summary An everyday object (a phone, a car, a wind turbine, a house…): choose one of its parts, in the drawing or in the list, and see the raw materials in it, a sourced figure and the card that tells more.
 *
 * @csspart base - The explorer's box.
 * @csspart title - The object's name (an `h2` unless `heading-level` says otherwise).
 * @csspart notice - A note about the language shown (fallback, machine translation).
 * @csspart intro - The short introduction to the object.
 * @csspart layout - Drawing and list of parts, side by side when there is room.
 * @csspart drawing - The drawing of the object; a click or tap on a part chooses it.
 * @csspart parts - The list of parts with its heading.
 * @csspart parts-heading - The heading above the list of parts.
 * @csspart part-list - The list of parts.
 * @csspart part-button - The button that chooses one part (`aria-pressed` says which is chosen).
 * @csspart detail - What the chosen part is made of, or the hint before a part is chosen.
 * @csspart hint - The hint shown before a part is chosen.
 * @csspart detail-title - The chosen part's name.
 * @csspart text - What the raw materials do in the part.
 * @csspart materials-label - The words "Raw materials" above their list.
 * @csspart material-list - The raw materials of the chosen part.
 * @csspart material - One raw material's name.
 * @csspart symbol - The chemical symbol of an element.
 * @csspart terms - "Words to know": the definitions of the materials and of the words the text links, opened on request.
 * @csspart terms-summary - The button-like line that opens them.
 * @csspart term - One defined word.
 * @csspart definition - Its definition.
 * @csspart figure - The sourced number about the part.
 * @csspart figure-value - The number.
 * @csspart figure-label - What the number counts.
 * @csspart figure-source - The source of the number, as a link.
 * @csspart card-link - The link to the card that tells more.
 * @csspart announcement - The polite live region that announces the chosen part (visually hidden).
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the object cannot be shown.
 * @csspart error-title - The heading line of that message.
 * @csspart error-message - What went wrong, in the reader's language.
 * @csspart retry - The "try again" button in the error message.
 *
 * @cssproperty [--ore-explorer-reserved-size=58em] - Height of the box, while loading and once shown (grows only if the content needs more); 66em in a column up to 21em wide, 32em when the drawing and the list stand side by side.
 *
 * @event {CustomEvent<{}>} ore-ready - The object has rendered.
 * @event {CustomEvent<{code: string, message: string}>} ore-error - The object cannot be shown (unknown object, failed fetch, missing attribute).
 * @event {CustomEvent<{object: string, part: string}>} ore-explorer-select - The reader chose a part; dispatched once it is shown.
 */
export class OreExplorer extends LitElement {
  static override styles = [tokens, statusStyles, explorerStyles];

  /** Slug of the object to show, e.g. `smartphone`. */
  @property({ reflect: true }) object = '';

  /** Level (1–6) of the object's heading; the parts and the chosen part are one level below. */
  @property({ attribute: 'heading-level', reflect: true, converter: headingLevelConverter(2) }) headingLevel = 2;

  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). */
  @property(enumAttribute('theme', THEMES, 'auto')) theme: Theme = 'auto';

  /** Slug of the chosen part. */
  @state() private selected?: string;

  /** What the live region says about the last choice. */
  @state() private announcement: unknown = '';

  /** A choice whose event is still to be dispatched, once it is rendered. */
  private pendingSelect?: string;

  private readonly localize = new LocalizeController(this);

  private readonly content = new ContentController(this, this.localize, { load: loadObjectFor, args: (): [string] => [this.object] });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('object')) {
      this.selected = undefined;
      this.announcement = '';
    }
  }

  protected override updated(): void {
    const drawing = this.renderRoot.querySelector('[part~="drawing"]');
    if (drawing) {
      for (const group of drawing.querySelectorAll(`g[id^="${PART_PREFIX}"]`)) {
        group.toggleAttribute('data-selected', group.id === `${PART_PREFIX}${this.selected}`);
      }
      drawing.toggleAttribute('data-has-selection', this.selected !== undefined);
    }
    if (this.pendingSelect) {
      const part = this.pendingSelect;
      this.pendingSelect = undefined;
      emit(this, 'ore-explorer-select', { object: this.object, part });
    }
  }

  /** Chooses a part: highlights it, shows it, announces it and tells the page. */
  select(slug: string): void {
    const object = this.content.value;
    const part = object?.parts.find((candidate) => candidate.slug === slug);
    if (!object || !part) return;
    this.selected = slug;
    const terms = part.terms.filter((term) => part.materials.includes(term.slug));
    // The list's words ("and") are the reader's; each name keeps its own language.
    let next = 0;
    const list = new Intl.ListFormat(intlTag(this.localize.locale), { type: 'conjunction' })
      .formatToParts(terms.map((term) => term.term))
      .map((piece) => (piece.type === 'element' ? inLang(piece.value, terms[next++].lang) : piece.value));
    this.announcement = withContent(this.localize.t, 'explorer.selected', { part: inLang(part.name, object.lang), materials: list });
    this.pendingSelect = slug;
  }

  private handleDrawingClick(event: MouseEvent): void {
    const group = (event.target as Element).closest?.(`g[id^="${PART_PREFIX}"]`);
    if (group) this.select(group.id.slice(PART_PREFIX.length));
  }

  private handleTextClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[data-term]') as HTMLAnchorElement | null;
    if (!link) return;
    // A fragment link would scroll the host page; the definition is right here, under "Words to know".
    event.preventDefault();
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('[part~="terms"]');
    if (details) details.open = true;
    this.renderRoot.querySelector<HTMLElement>(`#term-${CSS.escape(link.dataset.term ?? '')}`)?.focus();
  }

  override render() {
    return this.content.render((object) => this.renderObject(object));
  }

  private renderDetail(object: CompiledObject, part: CompiledObjectPart | undefined) {
    const { t, locale } = this.localize;
    const sub = headingTag(this.headingLevel, 1);
    if (!part) return html`<p part="hint">${t('explorer.hint')}</p>`;
    const lang = object.lang;
    const materials = part.terms.filter((term) => part.materials.includes(term.slug));
    return html`<${sub} part="detail-title" id="detail-title" lang=${lang}>${part.name}</${sub}>
      <div part="text" lang=${lang} dir=${this.localize.dir(lang)} @click=${this.handleTextClick}>${unsafeHTML(part.html)}</div>
      <p part="materials-label" id="materials-label">${t('explorer.materials')}</p>
      <ul part="material-list" aria-labelledby="materials-label">
        ${materials.map(
          (term) => html`<li part="material" lang=${term.lang}>${term.term}${term.symbol ? html` <span part="symbol">${term.symbol}</span>` : nothing}</li>`,
        )}
      </ul>
      ${part.figure
        ? html`<p part="figure" lang=${lang}>
              <span part="figure-value">${formatFigure(part.figure, lang)}</span>
              <span part="figure-label">${part.figure.label}</span>
            </p>
            <p part="figure-source" lang=${SOURCE_LOCALE}>
              <span lang=${locale}>${t('explorer.source')}:</span>
              <a href=${part.figure.source.url}>${part.figure.source.title}</a>${part.figure.source.publisher ? `, ${part.figure.source.publisher}` : ''},
              ${part.figure.source.year}
            </p>`
        : nothing}
      <a part="card-link" href=${cardPageUrl(locale, part.card.slug)}>${withContent(t, 'card.readMore', { title: inLang(part.card.title, part.card.lang) })}</a>
      <details part="terms">
        <summary part="terms-summary">${t('card.terms')}</summary>
        <dl>
          ${part.terms.map(
            (term) => html`<dt part="term" id="term-${term.slug}" tabindex="-1" lang=${term.lang}>${term.term}</dt>
              <dd part="definition" lang=${term.lang}>${term.definition}</dd>`,
          )}
        </dl>
      </details>`;
  }

  private renderObject(object: CompiledObject) {
    const { t, locale } = this.localize;
    const title = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel, 1);
    const contentDir = this.localize.dir(object.lang);
    const part = object.parts.find((candidate) => candidate.slug === this.selected);
    return html`<article part="base" lang=${locale} dir=${this.localize.dir()} aria-labelledby="title">
      <${title} part="title" id="title" lang=${object.lang} dir=${contentDir}>${object.title}</${title}>
      ${this.content.notices(object)}
      <div part="intro" lang=${object.lang} dir=${contentDir}>${unsafeHTML(withoutTermLinks(object.html))}</div>
      <div part="layout">
        <div part="drawing" role="img" aria-label=${object.illustration.alt} lang=${object.lang} @click=${this.handleDrawingClick}>
          ${unsafeSVG(object.illustration.svg)}
        </div>
        <div part="parts">
          <${sub} part="parts-heading" id="parts-heading">${t('explorer.parts')}</${sub}>
          <ul part="part-list" aria-labelledby="parts-heading">
            ${object.parts.map(
              (candidate) => html`<li>
                <button
                  part="part-button"
                  type="button"
                  lang=${object.lang}
                  aria-pressed=${candidate.slug === this.selected ? 'true' : 'false'}
                  aria-controls="detail"
                  data-part=${candidate.slug}
                  @click=${() => this.select(candidate.slug)}
                >
                  ${candidate.name}
                </button>
              </li>`,
            )}
          </ul>
          <div part="detail" id="detail">${this.renderDetail(object, part)}</div>
        </div>
      </div>
      <p part="announcement" role="status" aria-live="polite">${this.announcement}</p>
    </article>`;
  }
}
