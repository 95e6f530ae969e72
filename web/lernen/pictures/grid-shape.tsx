// A figure of unit squares on a grid, with an optional mirror axis. Its text alternative goes row
// by row ("Reihe 2: Kästchen 3 bis 5"), which is what a pupil needs to count or mirror it.
import { useTranslation } from '../../shared/i18n';
import type { Picture } from './picture-answer';

type Shape = Extract<Picture, { kind: 'grid-shape' }>;
type Translate = ReturnType<typeof useTranslation>['t'];
const CELL = 30;

export function GridShapeView(props: { shape: Shape }) {
  const { t } = useTranslation();
  const { width, height, cells, axis } = props.shape;
  const [w, h] = [width * CELL + 4, height * CELL + 4];
  return (
    <div class="picture grid-shape">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={describeShape(props.shape, t)}>
        {cells.map(([x, y]) => (
          <rect key={`${x}-${y}`} class="shape-cell" x={2 + x * CELL} y={2 + y * CELL} width={CELL} height={CELL} />
        ))}
        {Array.from({ length: width + 1 }, (_, i) => (
          <line key={`v${i}`} class="grid-line" x1={2 + i * CELL} x2={2 + i * CELL} y1={2} y2={h - 2} />
        ))}
        {Array.from({ length: height + 1 }, (_, i) => (
          <line key={`h${i}`} class="grid-line" x1={2} x2={w - 2} y1={2 + i * CELL} y2={2 + i * CELL} />
        ))}
        {axis ? (
          axis.direction === 'vertical' ? (
            <line class="mirror-axis" x1={2 + axis.at * CELL} x2={2 + axis.at * CELL} y1={0} y2={h} />
          ) : (
            <line class="mirror-axis" x1={0} x2={w} y1={2 + axis.at * CELL} y2={2 + axis.at * CELL} />
          )
        ) : null}
      </svg>
    </div>
  );
}

function describeShape(shape: Shape, t: Translate): string {
  const rows = [];
  for (let y = 0; y < shape.height; y++) {
    const xs = shape.cells
      .filter(([, cy]) => cy === y)
      .map(([x]) => x)
      .sort((a, b) => a - b);
    if (xs.length === 0) continue;
    const runs: string[] = [];
    for (let i = 0; i < xs.length;) {
      let j = i;
      while (j + 1 < xs.length && xs[j + 1] === xs[j]! + 1) j++;
      runs.push(
        i === j
          ? t('picture.shape.cell', { at: xs[i]! + 1 })
          : t('picture.shape.run', { from: xs[i]! + 1, to: xs[j]! + 1 }),
      );
      i = j + 1;
    }
    rows.push(t('picture.shape.row', { row: y + 1, runs: runs.join(', ') }));
  }
  const axis = shape.axis
    ? t(shape.axis.direction === 'vertical' ? 'picture.shape.axisVertical' : 'picture.shape.axisHorizontal', {
        at: shape.axis.at.toLocaleString('de-DE'),
      })
    : '';
  return `${t('picture.shape.label', { width: shape.width, height: shape.height })} ${rows.join('; ')}. ${axis}`.trim();
}
