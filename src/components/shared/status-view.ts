import { html, nothing } from 'lit';
import type { LocalizeController } from '../../runtime/localize-controller.ts';
import { OreError } from '../../runtime/errors.ts';
import type { Provenance } from '../../shared/catalog.ts';
import { localeInfo } from '../../shared/locales.ts';

/**
 * The loading placeholder and the error message every element shows, so a reader meets the same
 * words and the same "try again" everywhere. Give them `part="base loading"` / `part="base error"` styles.
 */
export function renderLoading(localize: LocalizeController) {
  // English is bundled, so the placeholder can always be read; it is replaced within one fetch.
  return html`<div part="base loading" aria-busy="true" lang=${localize.locale}>${localize.t('card.loading')}</div>`;
}

export function renderError(localize: LocalizeController, error: unknown, retry: () => void) {
  const { t, locale } = localize;
  const oreError = error instanceof OreError ? error : new OreError('network', String(error));
  return html`<div part="base error" role="alert" lang=${locale} dir=${localize.dir()}>
    <h2>${t('error.title')}</h2>
    <p>${t(`error.${oreError.code}`, oreError.params)}</p>
    ${oreError.code === 'network' ? html`<button part="retry" type="button" @click=${retry}>${t('error.retry')}</button>` : nothing}
  </div>`;
}

/** Fires `ore-ready` once the element has rendered what it just loaded. */
export async function announceReady(host: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await host.updateComplete;
  host.dispatchEvent(new CustomEvent('ore-ready', { bubbles: true, composed: true, detail: {} }));
}

/**
 * What a reader should know about the language of what they read: the page asked for a language
 * the kit lacks, the content fell back to another language, or it is a machine or stale translation.
 */
export function renderNotices(localize: LocalizeController, content: Provenance) {
  const { t, locale } = localize;
  const language = localeInfo(locale)?.name ?? locale;
  const notices: string[] = [];
  const unknown = localize.unknownRequest;
  if (unknown) notices.push(t('error.unknown-locale', { requested: unknown, language }));
  if (content.lang !== locale) notices.push(t('card.fallback', { language, original: localeInfo(content.lang)?.name ?? content.lang }));
  else if (content.status === 'machine') notices.push(t('card.machineTranslation'));
  if (content.stale) notices.push(t('card.staleTranslation'));
  return notices.map((text) => html`<p part="notice">${text}</p>`);
}
