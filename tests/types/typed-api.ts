/**
 * Type-level tests, checked by `npm run typecheck`: each `@ts-expect-error` line must be an
 * error, so a typo in a UI-string key or an event detail of the wrong shape fails the build.
 */
import { translatorFor } from '../../src/runtime/i18n.ts';
import { emit } from '../../src/runtime/events.ts';

const t = translatorFor('en');
export const known: string = t('deck.empty');
// @ts-expect-error — a misspelt key is not a UI string
export const misspelt: string = t('deck.emtpy');

const target = new EventTarget();
emit(target, 'ore-quiz-complete', { score: 3, total: 5 });
// @ts-expect-error — the detail of ore-quiz-complete is {score, total}
emit(target, 'ore-quiz-complete', { score: 3 });
// @ts-expect-error — not one of the kit's events
emit(target, 'ore-raedy', {});

document.addEventListener('ore-error', (event) => {
  // The map makes `event.detail` typed on every listener.
  const code: string = event.detail.code;
  void code;
});
