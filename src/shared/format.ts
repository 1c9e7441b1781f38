/** Number formatting shared by the build-time pages and the widgets, so both say the same. */
import type { CompiledFigure } from './catalog.ts';

export function formatFigure(figure: Pick<CompiledFigure, 'value' | 'unit'>, locale: string): string {
  const options: Intl.NumberFormatOptions = figure.unit
    ? { style: 'unit', unit: figure.unit, unitDisplay: figure.unit === 'percent' ? 'short' : 'long', maximumFractionDigits: 2 }
    : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(figure.value);
}
