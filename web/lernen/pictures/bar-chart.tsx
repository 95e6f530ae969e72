// A bar chart (Säulendiagramm) to read: bars on a scale from 0 to axisMax in steps of axisStep,
// the categories under the bars. Its text alternative lists every category with its value.
import { useTranslation } from '../../shared/i18n';
import type { Picture } from './picture-answer';

type BarChart = Extract<Picture, { kind: 'bar-chart' }>;
const [WIDTH, HEIGHT, LEFT, TOP, BOTTOM] = [600, 340, 64, 16, 76];
const number = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 2 });

export function BarChartView(props: { chart: BarChart }) {
  const { t } = useTranslation();
  const { chart } = props;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const yOf = (value: number) => TOP + plotHeight * (1 - Math.min(value, chart.axisMax) / chart.axisMax);
  const slot = (WIDTH - LEFT - 8) / chart.categories.length;
  const steps = Math.min(20, Math.floor(chart.axisMax / chart.axisStep + 1e-9));
  const isTilted = chart.categories.some((name) => name.length * 9 > slot);
  const unit = chart.unit ? ` ${chart.unit}` : '';
  const values = chart.categories.map((name, i) => `${name}: ${number(chart.values[i] ?? 0)}${unit}`).join(', ');
  return (
    <figure class="picture bar-chart">
      <figcaption>{chart.title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('picture.chart.label', { title: chart.title, values })}
      >
        {Array.from({ length: steps + 1 }, (_, i) => (
          <g key={i}>
            <line
              class="grid-line"
              x1={LEFT}
              x2={WIDTH - 8}
              y1={yOf(i * chart.axisStep)}
              y2={yOf(i * chart.axisStep)}
            />
            <text class="axis-label" x={LEFT - 8} y={yOf(i * chart.axisStep) + 5} text-anchor="end">
              {number(i * chart.axisStep)}
            </text>
          </g>
        ))}
        {chart.unit ? (
          <text class="axis-label" x={LEFT - 8} y={TOP - 2} text-anchor="end">
            {chart.unit}
          </text>
        ) : null}
        {chart.categories.map((name, i) => {
          const x = LEFT + slot * i + slot * 0.2;
          const value = chart.values[i] ?? 0;
          return (
            <g key={name + i}>
              <rect class="chart-bar" x={x} y={yOf(value)} width={slot * 0.6} height={yOf(0) - yOf(value)} />
              <text
                class="axis-label"
                x={x + slot * 0.3}
                y={HEIGHT - BOTTOM + 22}
                text-anchor={isTilted ? 'end' : 'middle'}
                transform={isTilted ? `rotate(-30 ${x + slot * 0.3} ${HEIGHT - BOTTOM + 22})` : undefined}
              >
                {name}
              </text>
            </g>
          );
        })}
        <line class="axis" x1={LEFT} x2={LEFT} y1={TOP} y2={yOf(0)} />
        <line class="axis" x1={LEFT} x2={WIDTH - 8} y1={yOf(0)} y2={yOf(0)} />
      </svg>
    </figure>
  );
}
