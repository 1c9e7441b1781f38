/** Defines a custom element once: a page that loads the kit twice, or two versions, gets no error. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
