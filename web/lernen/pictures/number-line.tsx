// A number line (Zahlenstrahl). To read: a named point sits on it. To mark: tap anywhere on the
// line or drag the marker (pointer events: finger and mouse), or use the slider's keys — arrows one
// snap, Page Up/Down one tick, Home/End the ends, Enter checks — or the ◀ ▶ buttons. The marker
// snaps to positions whose values are exact; the page submits the value as the line writes it.
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../shared/i18n';
import { Chosen, dragHandlers, useWidth } from './controls';
import { Axis, describeLine, heightOf, Marker, PAD, Point } from './number-line-drawing';
import { positionCount, positionText, positionValue, shownText, type NumberLine } from './picture-answer';

export function NumberLineView(props: {
  line: NumberLine;
  isLocked: boolean;
  onAnswer: (text: string) => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const { line } = props;
  const [box, width] = useWidth<HTMLDivElement>(640);
  const [position, setPosition] = useState<number | null>(null);
  const count = positionCount(line);
  const snaps = line.snapsPerInterval ?? 1;
  const length = width - 2 * PAD;
  const xOf = (at: number) => PAD + (at / count) * length;
  const isMark = line.mode === 'mark';
  const text = position === null ? null : positionText(line, position);

  useEffect(() => props.onAnswer(text ?? ''), [text]);

  const moveTo = (next: number) => {
    if (!props.isLocked) setPosition(Math.min(count, Math.max(0, next)));
  };
  const pointAt = (event: PointerEvent) => {
    const left = (event.currentTarget as Element).querySelector('svg')!.getBoundingClientRect().left;
    moveTo(Math.round(((event.clientX - left - PAD) / length) * count));
  };
  const keys: Record<string, number> = {
    ArrowRight: (position ?? 0) + 1,
    ArrowUp: (position ?? 0) + 1,
    ArrowLeft: (position ?? 0) - 1,
    ArrowDown: (position ?? 0) - 1,
    PageUp: (position ?? 0) + snaps,
    PageDown: (position ?? 0) - snaps,
    Home: 0,
    End: count,
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') return props.onSubmit();
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const description = describeLine(line, t);
  const svg = (
    <svg width={width} height={heightOf(line)} aria-hidden="true" focusable="false">
      <Axis line={line} xOf={xOf} width={width} />
      {line.mode === 'read' && line.pointTick !== undefined ? (
        <Point x={xOf(line.pointTick * snaps)} label={line.pointLabel ?? ''} />
      ) : null}
      {position !== null ? <Marker x={xOf(position)} /> : null}
    </svg>
  );
  if (!isMark)
    return (
      <div class="picture number-line" ref={box} role="img" aria-label={description}>
        {svg}
      </div>
    );
  const value = position === null ? null : positionValue(line, position);
  return (
    <div class="picture number-line">
      <div
        ref={box}
        class={`line-slider${props.isLocked ? ' locked' : ''}`}
        role="slider"
        tabIndex={props.isLocked ? -1 : 0}
        aria-label={`${description} ${t('picture.line.markHelp')}`}
        aria-valuemin={line.start}
        aria-valuemax={line.end}
        aria-valuenow={value === null ? line.start : value.n / value.d}
        aria-valuetext={text === null ? t('picture.line.nothing') : shownText(text)}
        aria-disabled={props.isLocked}
        onKeyDown={onKeyDown}
        {...dragHandlers(pointAt, props.isLocked)}
      >
        {svg}
      </div>
      <div class="row line-steps">
        <button
          type="button"
          class="button quiet"
          aria-label={t('picture.line.left')}
          disabled={props.isLocked || position === 0}
          onClick={() => moveTo((position ?? 1) - 1)}
        >
          ◀
        </button>
        <Chosen
          text={text === null ? t('picture.line.tapHere') : t('picture.line.marked', { value: shownText(text) })}
        />
        <button
          type="button"
          class="button quiet"
          aria-label={t('picture.line.right')}
          disabled={props.isLocked || position === count}
          onClick={() => moveTo((position ?? -1) + 1)}
        >
          ▶
        </button>
      </div>
    </div>
  );
}
