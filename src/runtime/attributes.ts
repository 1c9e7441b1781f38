/**
 * Attribute values are data from a page we don't control. Every element reads them through
 * these declarations, so an invalid value is handled the same way everywhere: ignored (the
 * property keeps its default) with one console warning naming the attribute and the value.
 */
import type { PropertyDeclaration } from 'lit';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

function warn(attribute: string, value: string, expected: string, fallback: unknown): void {
  console.warn(`ore-kit: ${attribute}="${value}" is not valid (expected ${expected}); using ${JSON.stringify(fallback)}`);
}

/** One of a fixed list of values, e.g. `theme` = light | dark | auto. */
export function enumAttribute<T extends string>(attribute: string, values: readonly T[], fallback: T): PropertyDeclaration<T> {
  return {
    reflect: true,
    converter: {
      fromAttribute(value: string | null): T {
        if (value === null) return fallback;
        const normalised = value.trim().toLowerCase();
        if ((values as readonly string[]).includes(normalised)) return normalised as T;
        warn(attribute, value, values.join(' | '), fallback);
        return fallback;
      },
    },
  };
}

/**
 * A positive number, e.g. `limit` or `interval`. `fallback` is what the property holds when the
 * attribute is absent or invalid (0 may mean "no limit").
 */
export function positiveNumberAttribute(attribute: string, fallback: number, options: { integer?: boolean } = {}): PropertyDeclaration<number> {
  return {
    reflect: true,
    converter: {
      fromAttribute(value: string | null): number {
        if (value === null || value.trim() === '') return fallback;
        const number = Number(value);
        if (Number.isFinite(number) && number > 0 && (!options.integer || Number.isInteger(number))) return number;
        warn(attribute, value, options.integer ? 'a whole number above 0' : 'a number above 0', fallback);
        return fallback;
      },
      toAttribute: (value: number) => (value === fallback ? null : String(value)),
    },
  };
}

const TRUE = ['', 'true', 'yes', 'on'];
const FALSE = ['false', 'no', 'off'];

/**
 * A boolean attribute. HTML says presence means true, but `shuffle="false"` plainly means off,
 * so the usual words are read as they are meant; anything else counts as present, with a warning.
 */
export function booleanAttribute(attribute: string): PropertyDeclaration<boolean> {
  return {
    type: Boolean,
    reflect: true,
    converter: {
      fromAttribute(value: string | null): boolean {
        if (value === null) return false;
        const normalised = value.trim().toLowerCase();
        if (TRUE.includes(normalised) || normalised === attribute) return true;
        if (FALSE.includes(normalised)) return false;
        warn(attribute, value, `no value, "true" or "false"`, true);
        return true;
      },
      toAttribute: (value: boolean) => (value ? '' : null),
    },
  };
}

/** The URL if it is http(s) or relative (resolved against the page), else undefined. */
export function safeUrl(value: string, base = document.baseURI): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link target: only `http:`, `https:` and relative URLs; anything else (`javascript:`, `data:`) is dropped. */
export function urlAttribute(attribute: string): PropertyDeclaration<string> {
  return {
    reflect: true,
    converter: {
      fromAttribute(value: string | null): string {
        if (value === null || value.trim() === '') return '';
        if (safeUrl(value)) return value.trim();
        warn(attribute, value, 'an http:, https: or relative URL', '');
        return '';
      },
    },
  };
}

/** `heading-level`: the level (1–6) of the widget's main heading; its sub-headings follow. */
export function headingLevelAttribute(): PropertyDeclaration<number> {
  return {
    attribute: 'heading-level',
    reflect: true,
    converter: {
      fromAttribute(value: string | null): number {
        if (value === null || value.trim() === '') return 2;
        const level = Number(value);
        if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
        warn('heading-level', value, 'a whole number from 1 to 6', 2);
        return 2;
      },
      toAttribute: (value: number) => (value === 2 ? null : String(value)),
    },
  };
}
