import { html, nothing } from 'lit';
import type { LocalizeController } from '../../runtime/localize-controller.ts';
import type { ParseKeys } from 'i18next';
import { toOreError, type OreErrorCode } from '../../runtime/errors.ts';
import type { Provenance } from '../../shared/catalog.ts';
import { languageName } from '../../shared/locales.ts';

/**
 * The loading placeholder, the error message and the language notices every element shows
 * (through ContentController), so a reader meets the same words and the same "try again"
 * everywhere. Styled by status.styles.ts.
 */
export function renderLoading(localize: LocalizeController) {
  // English is bundled, so the placeholder can always be read, marked English until the reader's
  // strings arrive (a screen reader then reads it as English); it is replaced within one fetch.
  const lang = localize.langOf('card.loading');
  return html`<div part="base loading" aria-busy="true" lang=${lang} dir=${localize.dir(lang)}>${localize.t('card.loading')}</div>`;
}

/** Every error code has its message in ui.json: a code without one fails the type check here. */
type ErrorKey = `error.${Exclude<OreErrorCode, 'load-failed'>}`;
const everyCodeHasAMessage: ErrorKey extends ParseKeys<'ui'> ? true : never = true;
void everyCodeHasAMessage;

export function renderError(localize: LocalizeController, error: unknown, retry: () => void) {
  const { t } = localize;
  const oreError = toOreError(error);
  const translate = t as (key: ErrorKey | 'kit.loadFailed', options?: Record<string, string>) => string;
  const message = oreError.code === 'load-failed' ? translate('kit.loadFailed') : translate(`error.${oreError.code}`, oreError.params);
  // In English, and marked so, when the reader's strings could not be loaded either.
  const lang = localize.langOf('error.title');
  return html`<div part="base error" role="alert" lang=${lang} dir=${localize.dir(lang)}>
    <p part="error-title">${t('error.title')}</p>
    <p part="error-message">${message}</p>
    ${oreError.retryable ? html`<button part="retry" type="button" @click=${retry}>${t('error.retry')}</button>` : nothing}
  </div>`;
}

export function renderNotices(localize: LocalizeController, content?: Provenance) {
  const { t, locale } = localize;
  const notices: string[] = [];
  const unknown = localize.unknownRequest;
  // Named only when needed: the first Intl.DisplayNames of a page costs about 20 ms.
  if (unknown) notices.push(t('error.unknown-locale', { requested: unknown, language: languageName(locale, locale) }));
  if (content) {
    if (content.lang !== locale) notices.push(t('card.fallback', { original: languageName(content.lang, locale) }));
    else if (content.status === 'machine') notices.push(t('card.machineTranslation'));
    if (content.stale) notices.push(t('card.staleTranslation'));
  }
  return notices.map((text) => html`<p part="notice">${text}</p>`);
}
