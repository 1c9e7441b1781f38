/** Number formatting shared by the build-time pages and the widgets, so both say the same. */
import type { CompiledFigure } from './catalog.ts';
import { intlTag } from './locales.ts';

/** Formatters are costly to make and used for every figure: one per locale and unit. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatFigure(figure: Pick<CompiledFigure, 'value' | 'unit'>, locale: string): string {
  const key = `${locale}|${figure.unit ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions = figure.unit
      ? { style: 'unit', unit: figure.unit, unitDisplay: figure.unit === 'percent' ? 'short' : 'long', maximumFractionDigits: 2 }
      : { maximumFractionDigits: 2 };
    formatter = new Intl.NumberFormat(intlTag(locale), options);
    formatters.set(key, formatter);
  }
  return formatter.format(figure.value);
}
