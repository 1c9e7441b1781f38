/**
 * The custom-elements manifest as Storybook should show it: public API only, with a control for
 * every attribute. The analyzer lists every class member (controllers, private state, handlers);
 * an embedder can use none of them, so they are dropped before Storybook builds its props tables.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import rawManifest from '../custom-elements.json' with { type: 'json' };
import { LOCALE_CODES } from '../src/shared/locales.ts';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
export interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Item[];
  attributes?: Item[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * Keeps what a page can use: attributes, events, slots, parts, custom properties, and public
 * properties that have no attribute (a property backed by an attribute is listed once, as the
 * attribute). Elements' summaries become their description, which docs pages show under the title.
 */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.tagName) return declaration;
        const attributes = new Set((declaration.attributes ?? []).map((a) => a.name));
        return {
          ...declaration,
          description: declaration.description || declaration.summary || '',
          members: (declaration.members ?? []).filter(
            (m) =>
              m.kind === 'field' &&
              !m.static &&
              !m.privacy &&
              !m.name.startsWith('_') &&
              !(m.attribute && attributes.has(m.attribute)),
          ),
        };
      }),
    })),
  };
}

export const manifest = publicManifest(rawManifest as unknown as Manifest);

export function declarationOf(tag: string): Declaration {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in custom-elements.json: run npm run analyze`);
  return found;
}

/** `'a' | 'b'` (the analyzer's text for an enumerated type) as its values; undefined for other types. */
export function unionValues(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

const unquote = (value: string | undefined) => (value && /^'.*'$/.test(value) ? value.slice(1, -1) : value);

/**
 * Controls for every attribute of `tag`, taken from the manifest so that a new attribute gets
 * one without touching the stories: a select for an enumerated type, a checkbox for a boolean,
 * a number field (every number attribute is a positive count: `limit`, `interval`, `heading-level`), else text. `lang` (a global attribute, so not in the manifest) is a select of
 * the shipped locales. Events, parts and custom properties are documented but have no control.
 */
export function argTypesFor(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text;
    const values = unionValues(type);
    const control = values ? { type: 'select' as const } : type === 'boolean' ? { type: 'boolean' as const } : type === 'number' ? { type: 'number' as const, min: 1 } : { type: 'text' as const };
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control,
      ...(values ? { options: values } : {}),
      table: { category: 'attributes', type: { summary: type ?? 'string' }, defaultValue: { summary: unquote(attribute.default) ?? '' } },
    };
  }
  argTypes.lang = {
    name: 'lang',
    description: "Language of the widget (BCP 47). Without it: the closest ancestor's `lang`, `<html lang>`, the browser's languages, English.",
    control: { type: 'select' },
    options: [...LOCALE_CODES],
    table: { category: 'attributes', type: { summary: LOCALE_CODES.map((c) => `'${c}'`).join(' | ') } },
  };
  const documentedOnly = [
    ...((declaration.events as Item[] | undefined) ?? []),
    ...((declaration.cssProperties as Item[] | undefined) ?? []),
    ...((declaration.cssParts as Item[] | undefined) ?? []),
    ...((declaration.slots as Item[] | undefined) ?? []),
  ];
  for (const item of documentedOnly) argTypes[item.name] = { control: false };
  return argTypes;
}
