import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../runtime/localize-controller.ts';
import { ensureLocale } from '../../runtime/i18n.ts';
import { reportError, toOreError } from '../../runtime/errors.ts';
import { emit } from '../../runtime/events.ts';
import type { Provenance } from '../../shared/catalog.ts';
import { renderError, renderLoading, renderNotices } from './status-view.ts';

type Host = ReactiveControllerHost & HTMLElement;

export interface ContentOptions<T, A extends readonly unknown[]> {
  /** Loads the content for a locale and the element's attributes; rejects with an OreError. */
  load: (locale: string, ...args: A) => Promise<T>;
  /** The attributes the content depends on: a change reloads it. */
  args: () => A;
}

/**
 * What every ore-kit element does with its content, in one place:
 * - loads it together with the locale's UI strings (nothing flashes in the wrong language), and
 *   again when the locale or an attribute it depends on changes;
 * - exposes the state as `data-state` on the host (`pending`, `complete`, `error`) for the
 *   reserved-space styles;
 * - renders the loading placeholder, the error message with its "try again", and the notices
 *   about the language shown (the unknown-language notice always);
 * - announces the outcome from `hostUpdated`, once the DOM it announces exists: `ore-ready`
 *   when the content is rendered, `ore-error` (and a console warning) once the message is shown.
 */
export class ContentController<T, A extends readonly unknown[]> implements ReactiveController {
  private readonly task: Task<readonly [string, ...A], T>;
  /** Counts runs, so each outcome is announced once, after the render that shows it. */
  private run = 0;
  private announced = 0;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    options: ContentOptions<T, A>,
  ) {
    this.task = new Task(host, {
      task: async ([locale, ...rest]: readonly [string, ...A]) => {
        this.run++;
        try {
          const [value] = await Promise.all([options.load(locale, ...(rest as unknown as A)), ensureLocale(locale)]);
          return value;
        } catch (error) {
          // The message must be in the reader's language even when the content failed to load.
          await ensureLocale(locale);
          throw error;
        }
      },
      args: () => [localize.locale, ...options.args()] as const,
    });
    host.addController(this);
  }

  /** The loaded content, once complete. */
  get value(): T | undefined {
    return this.task.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** Loads again (the "try again" button). */
  retry(): void {
    void this.task.run();
  }

  /**
   * The element's view for the current state: the loading placeholder, the error message, or
   * what `complete` renders from the content.
   */
  render(complete: (value: T) => unknown): unknown {
    return this.task.render({
      initial: () => renderLoading(this.localize),
      pending: () => renderLoading(this.localize),
      complete,
      error: (error) => renderError(this.localize, error, () => this.retry()),
    });
  }

  /**
   * What a reader should know about the language shown: the page asked for a language the kit
   * lacks (always), and, for content with a provenance, a fallback or a machine or stale translation.
   */
  notices(content?: Provenance): unknown {
    return renderNotices(this.localize, content);
  }

  hostUpdated(): void {
    const status = this.task.status;
    this.host.dataset.state = status === TaskStatus.COMPLETE ? 'complete' : status === TaskStatus.ERROR ? 'error' : 'pending';
    if (this.announced === this.run) return;
    if (status === TaskStatus.COMPLETE) {
      this.announced = this.run;
      emit(this.host, 'ore-ready', {});
    } else if (status === TaskStatus.ERROR) {
      this.announced = this.run;
      reportError(this.host, toOreError(this.task.error));
    }
  }
}
