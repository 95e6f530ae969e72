// A dot field (Punktefeld) in groups of five, and the Malwinkel: the angle laid on it shows the
// first rows × columns. To read: the Malwinkel lies still. To mark: tap (or drag to) a dot — the
// Malwinkel's corner goes there; or focus the field and use the arrow keys (Enter checks); or the
// − / + of rows and dots per row. The page submits how many dots the Malwinkel shows.
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../shared/i18n';
import { Chosen, dragHandlers, Stepper, useWidth } from './controls';
import { coveredText, type DotField } from './picture-answer';

const GROUP_GAP = 0.6; // an extra gap after every fifth dot, in dot spacings
type Corner = { rows: number; columns: number };

export function DotFieldView(props: {
  picture: DotField;
  isLocked: boolean;
  onAnswer: (text: string) => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const { picture } = props;
  const isMarking = picture.mode === 'mark';
  const [box, width] = useWidth<HTMLDivElement>(640);
  const [corner, setCorner] = useState<Corner>(() =>
    isMarking ? { rows: 0, columns: 0 } : (picture.marked ?? { rows: 0, columns: 0 }),
  );
  const isEmpty = corner.rows === 0 || corner.columns === 0;
  const text = isEmpty ? '' : coveredText(corner.rows, corner.columns);
  useEffect(() => {
    if (isMarking) props.onAnswer(text);
  }, [text]);

  const spacing = Math.min(44, width / (picture.columns + GROUP_GAP * Math.floor((picture.columns - 1) / 5) + 0.4));
  const offset = (index: number) => spacing * (index + 0.7 + GROUP_GAP * Math.floor(index / 5));
  const move = (next: Corner) => {
    if (props.isLocked) return;
    setCorner({
      rows: Math.min(picture.rows, Math.max(0, next.rows)),
      columns: Math.min(picture.columns, Math.max(0, next.columns)),
    });
  };
  const nearest = (at: number, count: number) => {
    let best = 0;
    for (let i = 1; i < count; i++) if (Math.abs(offset(i) - at) < Math.abs(offset(best) - at)) best = i;
    return best + 1;
  };
  const pointAt = (event: PointerEvent) => {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    move({
      rows: nearest(event.clientY - box.top, picture.rows),
      columns: nearest(event.clientX - box.left, picture.columns),
    });
  };
  const keys: Record<string, Corner> = {
    ArrowRight: { ...corner, columns: corner.columns + 1 },
    ArrowLeft: { ...corner, columns: corner.columns - 1 },
    ArrowDown: { ...corner, rows: corner.rows + 1 },
    ArrowUp: { ...corner, rows: corner.rows - 1 },
  };

  const height = offset(picture.rows - 1) + spacing * 0.7;
  const svg = (
    <svg width={offset(picture.columns - 1) + spacing * 0.7} height={height} aria-hidden="true" focusable="false">
      {isEmpty ? null : (
        <rect
          class="dots-shown"
          x={0}
          y={0}
          width={edge(offset, corner.columns, spacing)}
          height={edge(offset, corner.rows, spacing)}
        />
      )}
      {Array.from({ length: picture.rows * picture.columns }, (_, i) => {
        const [row, column] = [Math.floor(i / picture.columns), i % picture.columns];
        const isShown = row < corner.rows && column < corner.columns;
        return (
          <circle
            key={i}
            class={isShown ? 'dot shown' : 'dot'}
            cx={offset(column)}
            cy={offset(row)}
            r={spacing * 0.28}
          />
        );
      })}
      {isEmpty ? null : <Malwinkel x={edge(offset, corner.columns, spacing)} y={edge(offset, corner.rows, spacing)} />}
    </svg>
  );
  const field = t('picture.dots.label', { rows: picture.rows, columns: picture.columns });
  const amounts = {
    rows: t(corner.rows === 1 ? 'picture.dots.row' : 'picture.dots.rows', { count: corner.rows }),
    columns: t(corner.columns === 1 ? 'picture.dots.dot' : 'picture.dots.dots', { count: corner.columns }),
  };
  const shown = t('picture.dots.shows', amounts);
  if (!isMarking)
    return (
      <div class="picture dot-field" ref={box} role="img" aria-label={isEmpty ? field : `${field} ${shown}`}>
        {svg}
      </div>
    );
  return (
    <div class="picture dot-field">
      <div
        ref={box}
        class="dots-area"
        role="group"
        tabIndex={props.isLocked ? -1 : 0}
        aria-label={`${field} ${t('picture.dots.help')}`}
        aria-describedby="dots-chosen"
        onKeyDown={(event) => {
          if (event.key === 'Enter') return props.onSubmit();
          const next = keys[event.key];
          if (!next) return;
          event.preventDefault();
          move(next);
        }}
        {...dragHandlers(pointAt, props.isLocked)}
      >
        {svg}
      </div>
      <div class="row dots-steppers">
        <Stepper
          name={t('picture.dots.rowsName')}
          isLabelShown
          value={corner.rows}
          min={0}
          max={picture.rows}
          isLocked={props.isLocked}
          onChange={(rows) => move({ ...corner, rows })}
        />
        <Stepper
          name={t('picture.dots.columnsName')}
          isLabelShown
          value={corner.columns}
          min={0}
          max={picture.columns}
          isLocked={props.isLocked}
          onChange={(columns) => move({ ...corner, columns })}
        />
      </div>
      <div id="dots-chosen">
        <Chosen text={isEmpty ? t('picture.dots.none') : t('picture.dots.yours', amounts)} />
      </div>
    </div>
  );
}

// Half-way between the last dot shown and the next one.
const edge = (offset: (index: number) => number, count: number, spacing: number) =>
  count === 0 ? 0 : offset(count - 1) + spacing * 0.5;

function Malwinkel(props: { x: number; y: number }) {
  return (
    <g class="malwinkel">
      <path d={`M ${props.x} 0 V ${props.y} H 0`} />
      <circle cx={props.x} cy={props.y} r={12} />
    </g>
  );
}
