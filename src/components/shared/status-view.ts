import { html, nothing } from 'lit';
import type { LocalizeController } from '../../runtime/localize-controller.ts';
import { OreError } from '../../runtime/errors.ts';

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
