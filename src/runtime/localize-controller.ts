/**
 * The i18n glue an element needs: resolve its locale, re-resolve when any `lang` it depends on
 * changes, and hand out a translator. The strings themselves load with the element's content
 * (see `ensureLocale`), so a widget never flashes in the wrong language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';
import { languageOf, translatorFor } from './i18n.ts';
import { resolveLocale, type ResolvedLocale } from './locale.ts';
import { SOURCE_LOCALE, directionOf } from '../shared/locales.ts';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function refreshAll() {
  for (const controller of connected) controller.refresh();
}

function watchDocument() {
  if (documentObserver) return;
  documentObserver = new MutationObserver(refreshAll);
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  window.addEventListener('languagechange', refreshAll);
}

export class LocalizeController implements ReactiveController {
  private resolved: ResolvedLocale;
  private ownObserver?: MutationObserver;
  private reported?: string;

  constructor(private readonly host: Host) {
    this.resolved = { locale: SOURCE_LOCALE, known: true };
    host.addController(this);
  }

  /** The shipped locale this element renders in. */
  get locale(): string {
    return this.resolved.locale;
  }

  /** The `lang` the page asked for, when it matches no shipped locale. */
  get unknownRequest(): string | undefined {
    return this.resolved.known ? undefined : this.resolved.requested;
  }

  get t(): TFunction<'ui'> {
    return translatorFor(this.locale);
  }

  /** The language `t(key)` is in now: this locale, or English while its strings are on their way. */
  langOf(key: string): string {
    return languageOf(this.locale, key);
  }

  dir(locale = this.locale): 'ltr' | 'rtl' {
    return directionOf(locale);
  }

  hostConnected(): void {
    connected.add(this);
    watchDocument();
    // The document observer cannot see into shadow roots, where a host may live inside another widget.
    this.ownObserver = new MutationObserver(() => this.refresh());
    this.ownObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.ownObserver?.disconnect();
  }

  /** Re-resolves the locale; asks the host to update when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next.locale !== this.resolved.locale || next.requested !== this.resolved.requested) {
      this.resolved = next;
      this.host.requestUpdate();
    }
    // Not an error (the widget works, in another language), but the site owner should learn why.
    if (!next.known && next.requested !== this.reported) {
      this.reported = next.requested;
      console.warn(`ore-kit: <${this.host.localName}> lang="${next.requested}" is not one of the kit's languages; showing ${next.locale}`);
    }
  }
}
