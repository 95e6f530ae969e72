// Points in a coordinate grid (first quadrant) to read by their labels.
import { useTranslation } from '../../shared/i18n';
import type { Picture } from './picture-answer';

type Grid = Extract<Picture, { kind: 'coordinate-grid' }>;
const [SIZE, MARGIN] = [360, 34];

export function CoordinateGridView(props: { grid: Grid }) {
  const { t } = useTranslation();
  const { size, points } = props.grid;
  const cell = (SIZE - MARGIN - 16) / size;
  const xOf = (x: number) => MARGIN + x * cell;
  const yOf = (y: number) => SIZE - MARGIN - y * cell;
  const lines = Array.from({ length: size + 1 }, (_, i) => i);
  const described = points.map((p) => t('picture.grid.point', { label: p.label, x: p.x, y: p.y })).join(', ');
  return (
    <div class="picture coordinate-grid">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t('picture.grid.label', { size, points: described })}>
        {lines.map((i) => (
          <g key={i}>
            <line class="grid-line" x1={xOf(i)} x2={xOf(i)} y1={yOf(0)} y2={yOf(size)} />
            <line class="grid-line" x1={xOf(0)} x2={xOf(size)} y1={yOf(i)} y2={yOf(i)} />
            <text class="axis-label small" x={xOf(i)} y={yOf(0) + 20} text-anchor="middle">
              {i}
            </text>
            {i > 0 ? (
              <text class="axis-label small" x={xOf(0) - 8} y={yOf(i) + 5} text-anchor="end">
                {i}
              </text>
            ) : null}
          </g>
        ))}
        <line class="axis" x1={xOf(0)} x2={xOf(size) + 8} y1={yOf(0)} y2={yOf(0)} />
        <line class="axis" x1={xOf(0)} x2={xOf(0)} y1={yOf(0)} y2={yOf(size) - 8} />
        {points.map((p) => (
          <g key={p.label} class="point">
            <circle cx={xOf(p.x)} cy={yOf(p.y)} r={6} />
            <text x={xOf(p.x) + 8} y={yOf(p.y) - 8}>
              {p.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
