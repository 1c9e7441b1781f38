/**
 * The one registry of ore-kit's elements: tag → the module that defines it. The one-script
 * entry, the tests and the smoke tests all read this list, so a new element is added here once.
 */
export const ELEMENTS = {
  'ore-card': () => import('../components/ore-card/define.ts'),
  'ore-deck': () => import('../components/ore-deck/define.ts'),
  'ore-banner': () => import('../components/ore-banner/define.ts'),
  'ore-quiz': () => import('../components/ore-quiz/define.ts'),
  'ore-glossary': () => import('../components/ore-glossary/define.ts'),
  'ore-explorer': () => import('../components/ore-explorer/define.ts'),
} as const satisfies Record<`ore-${string}`, () => Promise<unknown>>;

export type OreTag = keyof typeof ELEMENTS;

export const TAGS = Object.keys(ELEMENTS) as OreTag[];

export function isOreTag(name: string): name is OreTag {
  return Object.hasOwn(ELEMENTS, name);
}
