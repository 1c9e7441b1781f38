import { html, nothing, svg } from 'lit';
import type { CompiledFigure } from '../../shared/catalog.ts';
import { formatFigure } from '../../shared/format.ts';
import type { LocalizeController } from '../../runtime/localize-controller.ts';

const RADIUS = 20;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A percentage drawn as a ring gauge. The number and its label stand beside it as text, so the
 * ring carries a short text alternative of its own ("22.3% of 100%").
 */
export function renderGauge(figure: CompiledFigure, lang: string, localize: LocalizeController) {
  if (figure.unit !== 'percent') return nothing;
  const share = Math.min(Math.max(figure.value, 0), 100) / 100;
  const label = localize.t('card.gaugeLabel', { value: formatFigure(figure, lang) });
  return html`<svg part="gauge" role="img" aria-label=${label} viewBox="0 0 48 48" focusable="false">
    <circle class="gauge-track" cx="24" cy="24" r=${RADIUS} />
    ${svg`<circle class="gauge-value" cx="24" cy="24" r=${RADIUS}
      stroke-dasharray=${`${(share * CIRCUMFERENCE).toFixed(2)} ${CIRCUMFERENCE.toFixed(2)}`}
      transform="rotate(-90 24 24)" />`}
  </svg>`;
}

/**
 * A comparison drawn as bars. Each bar's label and value are real text beside it; the bars
 * themselves are decoration, and the list as a whole is named for screen readers.
 */
export function renderBars(figure: CompiledFigure, lang: string, localize: LocalizeController) {
  if (!figure.compare?.length) return nothing;
  const max = Math.max(...figure.compare.map((item) => item.value)) || 1;
  const items = figure.compare.map((item) => `${item.label}: ${formatFigure({ value: item.value, unit: figure.unit }, lang)}`);
  return html`<ul part="chart" lang=${lang} aria-label=${localize.t('card.chartLabel', { items: items.join('; ') })}>
    ${figure.compare.map(
      (item) => html`<li part="chart-item">
        <span part="chart-label">${item.label}</span>
        <svg part="chart-bar" aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false">
          <rect class="bar-track" width="100" height="8" rx="1" />
          <rect class="bar-value" width=${((item.value / max) * 100).toFixed(2)} height="8" rx="1" />
        </svg>
        <span part="chart-value">${formatFigure({ value: item.value, unit: figure.unit }, lang)}</span>
      </li>`,
    )}
  </ul>`;
}
