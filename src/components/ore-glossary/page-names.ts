import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected A–Z glossary, in the order it joined the page. */
const listed = new Set<PageNumberController>();

function refreshAll(): void {
  for (const controller of listed) controller.host.requestUpdate();
}

/**
 * Gives each whole-glossary view its place among the others on the page, so that two A–Z lists
 * get distinct landmark names ("Glossary", "Glossary 2"): a screen-reader user's list of
 * landmarks then tells them apart, and axe's `landmark-unique` holds. A lone glossary is 1.
 */
export class PageNumberController implements ReactiveController {
  private active = false;

  constructor(
    readonly host: Host,
    /** Whether the host currently shows a landmark that needs a page-wide distinct name. */
    private readonly needsName: () => boolean,
  ) {
    host.addController(this);
  }

  /** 1 for the first (or only) glossary on the page, 2 for the next… */
  get number(): number {
    if (!this.active) return 1;
    let index = 1;
    for (const controller of listed) {
      if (controller === this) return index;
      index++;
    }
    return 1;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    if (listed.delete(this)) {
      this.active = false;
      refreshAll();
    }
  }

  private sync(): void {
    const wanted = this.host.isConnected && this.needsName();
    if (wanted === this.active) return;
    this.active = wanted;
    if (wanted) listed.add(this);
    else listed.delete(this);
    // Others' numbers change; they re-render (this host is already updating).
    for (const controller of listed) if (controller !== this) controller.host.requestUpdate();
  }
}
