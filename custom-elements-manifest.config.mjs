/**
 * The Custom Elements Manifest analyzer's settings. The shared design tokens are documented once,
 * in src/components/shared/tokens.json: this plugin adds them to every element's cssProperties,
 * so the manifest (and the docs generated from it) list every token each element honours.
 */
import { readFileSync, readdirSync } from 'node:fs';

const { tokens } = JSON.parse(readFileSync(new URL('./src/components/shared/tokens.json', import.meta.url), 'utf8'));

function sharedTokens() {
  return {
    name: 'ore-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const own = declaration.cssProperties ?? [];
          const shared = tokens
            .filter((token) => !own.some((p) => p.name === token.name))
            .map((token) => ({
              name: token.name,
              description: token.description + (token.dark ? ` Dark theme default: ${token.dark}.` : ''),
              default: token.light,
            }));
          declaration.cssProperties = [...shared, ...own];
        }
      }
    },
  };
}

/**
 * Enumerated attribute types are declared as `export const X = ['a', 'b'] as const; export type T =
 * (typeof X)[number];`. The manifest gets the union itself (`'a' | 'b'`), so docs and Storybook
 * controls can list the values.
 */
function enumeratedTypes() {
  const unions = new Map();
  const files = ['src/runtime/attributes.ts', ...readdirSync('src/components', { recursive: true }).map((f) => `src/components/${f}`)];
  for (const file of files.filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(file, 'utf8');
    const lists = new Map([...source.matchAll(/export const (\w+) = \[([^\]]+)\] as const;/g)].map((m) => [m[1], m[2]]));
    for (const [, type, list] of source.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\];/g)) {
      if (lists.has(list)) unions.set(type, lists.get(list).split(',').map((v) => v.trim()).join(' | '));
    }
  }
  const resolve = (item) => {
    if (item?.type?.text && unions.has(item.type.text)) item.type.text = unions.get(item.type.text);
  };
  return {
    name: 'ore-enumerated-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) resolve(item);
        }
      }
    },
  };
}

/**
 * `@property(headingLevelAttribute())` hides the attribute's name from the analyzer, which then
 * names it after the field: the manifest gets `heading-level`, as the element reads it.
 */
function headingLevelAttributeName() {
  return {
    name: 'ore-heading-level',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            if (item.fieldName === 'headingLevel' && item.name === 'headingLevel') item.name = 'heading-level';
            if (item.kind === 'field' && item.name === 'headingLevel' && item.attribute) item.attribute = 'heading-level';
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.{stories,styles}.ts', 'src/components/**/define.ts', 'src/components/shared/**'],
  litelement: true,
  plugins: [sharedTokens(), enumeratedTypes(), headingLevelAttributeName()],
};
