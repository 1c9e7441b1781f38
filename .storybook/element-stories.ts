/**
 * What every element's stories share: one render function that writes the story's args as the
 * element's attributes (so "Show code" prints exactly what a page would hold), the controls and
 * docs settings from the manifest, and stories made from each element's list of examples.
 */
import type { Meta } from '@storybook/web-components-vite';
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { argTypesFor, declarationOf } from './manifest.ts';

/** An attribute's value as a story holds it: absent when undefined, empty or false. */
export type AttributeValue = string | number | boolean | undefined;
export type ElementArgs = Record<string, AttributeValue>;

/** One state of an element, as data: a story, and a browser test in tests/browser/stories.test.ts. */
export interface Example<A> {
  args: A;
  outcome: 'ore-ready' | 'ore-error';
}

/**
 * Tag of the stories that show an error on purpose (their example ends in ore-error): the docs
 * smoke test expects their error state. Written out in each story, since Storybook's indexer
 * reads tags from the source text; tests/browser/stories.test.ts checks they agree with the examples.
 */
export const ERROR_TAG = 'ore-error';

class AttributesDirective extends Directive {
  private written = new Set<string>();
  private listening = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_values: ElementArgs, _listeners: Record<string, EventListener>) {
    return nothing;
  }

  override update(part: ElementPart, [values, listeners]: [ElementArgs, Record<string, EventListener>]) {
    const present = new Set<string>();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === false || value === '') continue;
      present.add(name);
      const text = value === true ? '' : String(value);
      if (part.element.getAttribute(name) !== text) part.element.setAttribute(name, text);
    }
    for (const name of this.written) if (!present.has(name)) part.element.removeAttribute(name);
    this.written = present;
    for (const [type, listener] of this.listening) part.element.removeEventListener(type, listener);
    this.listening = new Map(Object.entries(listeners));
    for (const [type, listener] of this.listening) part.element.addEventListener(type, listener);
    return nothing;
  }
}

/** Sets each arg as an attribute, in the order given (booleans as present or absent), and listens to the given events. */
const attributes = directive(AttributesDirective);

/** Storybook's name for an event's action arg: `ore-quiz-answer` → `onOreQuizAnswer`. */
const actionArg = (event: string) => `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_m, c: string) => c.toUpperCase())}`;

/**
 * `<tag …args>` with the toolbar's theme unless the story sets its own. Only the manifest's
 * attributes (and `lang`) are written; the element's events go to their actions in the Actions panel.
 */
export function renderElement(tag: string, args: object, theme = 'auto'): TemplateResult {
  const name = unsafeStatic(tag);
  const values = args as Record<string, unknown>;
  const declaration = declarationOf(tag);
  const known = new Set(['lang', ...(declaration.attributes ?? []).map((a) => a.name)]);
  const written = Object.fromEntries(Object.entries(values).filter(([key]) => known.has(key))) as ElementArgs;
  const listeners: Record<string, EventListener> = {};
  for (const { name: event } of (declaration.events as { name: string }[] | undefined) ?? []) {
    const action = values[actionArg(event)];
    if (typeof action === 'function') listeners[event] = action as EventListener;
  }
  return html`<${name} ${attributes({ ...written, theme: written.theme || theme }, listeners)}></${name}>`;
}

/**
 * The default export of an element's stories, less what Storybook's indexer reads from the source
 * text and so must be written out in each stories file (`title`, `tags`, `excludeStories`).
 */
export function elementMeta<A>(tag: string, overrides: Partial<Meta<A>> = {}): Meta<A> {
  return {
    component: tag,
    argTypes: argTypesFor(tag) as Meta<A>['argTypes'],
    render: (args, { globals }) => renderElement(tag, args as object, typeof globals.theme === 'string' ? globals.theme : 'auto'),
    ...overrides,
    parameters: {
      // "Show code" prints the element as a page would hold it, without Storybook's wrapper.
      docs: { source: { excludeDecorators: true } },
      ...overrides.parameters,
    },
  };
}

