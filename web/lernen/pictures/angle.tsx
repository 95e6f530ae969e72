// An angle between two rays from a vertex, with its arc, turned as the task says. The first ray is
// at `rotation` degrees, the second `degrees` further, counter-clockwise as in the maths book.
import { useTranslation } from '../../shared/i18n';
import type { Picture } from './picture-answer';

type Angle = Extract<Picture, { kind: 'angle' }>;
const [SIZE, RAY, ARC] = [300, 130, 36];

export function AngleView(props: { angle: Angle }) {
  const { t } = useTranslation();
  const { degrees, rotation } = props.angle;
  const centre = SIZE / 2;
  const at = (turn: number, length: number) => {
    const radians = (turn * Math.PI) / 180;
    return [centre + length * Math.cos(radians), centre - length * Math.sin(radians)] as const;
  };
  const [ax, ay] = at(rotation, RAY);
  const [bx, by] = at(rotation + degrees, RAY);
  const [sx, sy] = at(rotation, ARC);
  const [ex, ey] = at(rotation + degrees, ARC);
  const isLarge = degrees > 180 ? 1 : 0;
  return (
    <div class="picture angle">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t('picture.angle.label')}>
        <path
          class="angle-arc"
          d={`M ${centre} ${centre} L ${sx} ${sy} A ${ARC} ${ARC} 0 ${isLarge} 0 ${ex} ${ey} Z`}
        />
        <line class="ray" x1={centre} y1={centre} x2={ax} y2={ay} />
        <line class="ray" x1={centre} y1={centre} x2={bx} y2={by} />
        <circle class="vertex" cx={centre} cy={centre} r={5} />
      </svg>
    </div>
  );
}
