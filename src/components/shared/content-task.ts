import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../runtime/localize-controller.ts';
import { ensureLocale } from '../../runtime/i18n.ts';
import { reportError } from '../../runtime/errors.ts';
import { announceReady } from './status-view.ts';

type Host = ReactiveControllerHost & HTMLElement & { updateComplete: Promise<boolean> };

/**
 * What every ore-kit element does with its content: load it together with the locale's UI
 * strings (so nothing flashes in the wrong language), re-load when the locale or an attribute
 * changes, announce `ore-ready` or report the failure, and expose the state as `data-state`
 * on the host (`pending`, `complete`, `error`) for the reserved-space styles.
 */
export function contentTask<T, A extends unknown[]>(
  host: Host,
  localize: LocalizeController,
  load: (locale: string, ...args: A) => Promise<T>,
  args: () => A,
): Task<readonly [string, ...A], T> {
  const task = new Task(host, {
    task: async ([locale, ...rest]: readonly [string, ...A]) => {
      const [value] = await Promise.all([load(locale, ...(rest as unknown as A)), ensureLocale(locale)]);
      return value;
    },
    args: () => [localize.locale, ...args()] as const,
    onComplete: () => void announceReady(host),
    onError: (error) => {
      // The message must be in the reader's language even when the content failed to load.
      void ensureLocale(localize.locale).then(() => host.requestUpdate());
      reportError(host, error);
    },
  });
  host.addController({
    hostUpdated: () => {
      host.dataset.state = ['pending', 'pending', 'complete', 'error'][task.status];
    },
  });
  return task;
}
