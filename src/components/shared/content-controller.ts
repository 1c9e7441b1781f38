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
/** Where the content is: loading (or reloading), shown, or failed. */
export type ContentStatus = 'pending' | 'complete' | 'error';

export class ContentController<T, A extends readonly unknown[]> implements ReactiveController {
  private state: ContentStatus = 'pending';
  private current?: T;
  private failure?: unknown;
  /** The locale and attributes of the last load: a change loads again. */
  private lastArgs?: readonly unknown[];
  /** Counts runs, so a late answer to an old run is dropped and each outcome is announced once. */
  private run = 0;
  private announced = 0;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    private readonly options: ContentOptions<T, A>,
  ) {
    host.addController(this);
  }

  /** The loaded content, once complete (kept while a new load is pending). */
  get value(): T | undefined {
    return this.current;
  }

  get status(): ContentStatus {
    return this.state;
  }

  /** Loads again (the "try again" button). */
  retry(): void {
    if (this.lastArgs) void this.start(this.lastArgs);
  }

  /** Before each render: load when the locale or an attribute the content depends on changed. */
  hostUpdate(): void {
    const args = [this.localize.locale, ...this.options.args()];
    const last = this.lastArgs;
    if (last && last.length === args.length && args.every((value, i) => Object.is(value, last[i]))) return;
    this.lastArgs = args;
    void this.start(args);
  }

  private async start(args: readonly unknown[]): Promise<void> {
    const run = ++this.run;
    this.state = 'pending';
    this.host.requestUpdate();
    const [locale, ...rest] = args as [string, ...A];
    try {
      const [value] = await Promise.all([this.options.load(locale, ...(rest as unknown as A)), ensureLocale(locale)]);
      if (run !== this.run) return;
      this.current = value;
      this.state = 'complete';
    } catch (error) {
      // The message must be in the reader's language even when the content failed to load.
      await ensureLocale(locale);
      if (run !== this.run) return;
      this.failure = error;
      this.state = 'error';
    }
    this.host.requestUpdate();
  }

  /**
   * The element's view for the current state: the loading placeholder, the error message, or
   * what `complete` renders from the content.
   */
  render(complete: (value: T) => unknown): unknown {
    if (this.state === 'complete') return complete(this.current as T);
    if (this.state === 'error') return renderError(this.localize, this.failure, () => this.retry());
    return renderLoading(this.localize);
  }

  /**
   * What a reader should know about the language shown: the page asked for a language the kit
   * lacks (always), and, for content with a provenance, a fallback or a machine or stale translation.
   */
  notices(content?: Provenance): unknown {
    return renderNotices(this.localize, content);
  }

  hostUpdated(): void {
    this.host.dataset.state = this.state;
    if (this.announced === this.run) return;
    if (this.state === 'complete') {
      this.announced = this.run;
      emit(this.host, 'ore-ready', {});
    } else if (this.state === 'error') {
      this.announced = this.run;
      reportError(this.host, toOreError(this.failure));
    }
  }
}
