/** Number formatting shared by the build-time pages and the widgets, so both say the same. */
import type { CompiledFigure } from './catalog.ts';
import { intlTag } from './locales.ts';

/**
 * One formatter per locale and unit: creating an `Intl.NumberFormat` costs far more than
 * formatting with one (it was 211 ms of 500 cards' render, and 2.3 s of a 6,200-card build).
 * Each locale formats with its Intl tag (`pt` as `pt-PT`).
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, unit: CompiledFigure['unit']): Intl.NumberFormat {
  const key = `${locale}|${unit ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = unit
      ? { style: 'unit', unit, unitDisplay: unit === 'percent' ? 'short' : 'long', maximumFractionDigits: 2 }
      : { maximumFractionDigits: 2 };
    formatters.set(key, (format = new Intl.NumberFormat(intlTag(locale), options)));
  }
  return format;
}

export function formatFigure(figure: Pick<CompiledFigure, 'value' | 'unit'>, locale: string): string {
  return formatter(locale, figure.unit).format(figure.value);
}
