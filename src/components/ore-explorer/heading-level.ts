import type { ComplexAttributeConverter } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';

export const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The tag of a heading `depth` levels below `level` (1–6), never deeper than h6. */
export const headingTag = (level: number, depth = 0): StaticValue => HEADING_TAGS[Math.min(5, level - 1 + depth)];

/**
 * `heading-level` = 1–6, so the widget's headings fit under the host page's outline; anything
 * else is ignored with a warning naming the attribute, as every invalid attribute is.
 */
export function headingLevelConverter(fallback = 2): ComplexAttributeConverter<number> {
  return {
    fromAttribute(value: string | null): number {
      if (value === null || value.trim() === '') return fallback;
      const level = Number(value);
      if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
      console.warn(`ore-kit: heading-level="${value}" is not valid (expected a whole number from 1 to 6); using ${fallback}`);
      return fallback;
    },
    toAttribute: (value: number) => (value === fallback ? null : String(value)),
  };
}
