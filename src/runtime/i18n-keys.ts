/**
 * UI-string keys are typed from the English strings, so `t('deck.emtpy')` fails the type check
 * instead of showing a raw key to a reader.
 */
import type en from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof en };
  }
}
