// The number line's drawing: the axis with its ticks (snap positions as short ticks where there is
// room), the labels (fractions stacked, thinned out evenly on a narrow screen), the marker, the
// named point — and its text alternative.
import type { useTranslation } from '../../shared/i18n';
import { positionCount, tickLabel, tickValue, type NumberLine } from './picture-answer';

export const PAD = 34; // room for the end labels and the marker at the ends
const AXIS_Y = 62;

export const heightOf = (line: NumberLine) => (line.labels === 'fraction' ? 124 : 112);

export function Axis(props: { line: NumberLine; xOf: (at: number) => number; width: number }) {
  const { line, xOf } = props;
  const snaps = line.snapsPerInterval ?? 1;
  const count = positionCount(line);
  const gap = (props.width - 2 * PAD) / count;
  const labelled = labelledTicks(line, props.width);
  const marks = [];
  for (let at = 0; at <= count; at++) {
    const isTick = at % snaps === 0;
    const isHalf = !isTick && snaps % 2 === 0 && at % snaps === snaps / 2;
    if (!isTick && gap < 5) continue;
    const reach = isTick && labelled.has(at / snaps) ? 16 : isTick ? 12 : isHalf ? 8 : 5;
    marks.push(
      <line
        key={at}
        x1={xOf(at)}
        x2={xOf(at)}
        y1={AXIS_Y - reach}
        y2={AXIS_Y + reach}
        class={isTick ? 'tick' : 'snap'}
      />,
    );
  }
  return (
    <g>
      <line class="axis" x1={PAD - 14} x2={props.width - PAD + 18} y1={AXIS_Y} y2={AXIS_Y} />
      <path class="arrow" d={`M ${props.width - PAD + 24} ${AXIS_Y} l -12 -7 v 14 z`} />
      {marks}
      {[...labelled].map((tick) => (
        <Label key={tick} x={xOf(tick * snaps)} text={tickLabel(line, tick)} />
      ))}
    </g>
  );
}

// The ticks the template labels, thinned out evenly where the labels would run into each other
// (a phone): every 2nd, 5th, … label, always both ends.
function labelledTicks(line: NumberLine, width: number): Set<number> {
  const ticks = [];
  for (let tick = 0; tick <= line.intervals; tick += line.labelEvery) ticks.push(tick);
  if (ticks.at(-1) !== line.intervals) ticks.push(line.intervals);
  const widest = Math.max(...ticks.map((tick) => tickLabel(line, tick).split('/')[0]!.length)) * 10 + 10;
  const spacing = ((width - 2 * PAD) / line.intervals) * line.labelEvery;
  const gaps = ticks.length - 1;
  let every = Math.max(1, Math.ceil(widest / spacing));
  while (every < gaps && gaps % every !== 0) every++;
  return new Set(ticks.filter((tick, i) => i % every === 0 || tick === line.intervals));
}

function Label(props: { x: number; text: string }) {
  const fraction = /^(-?\d+)\/(\d+)$/.exec(props.text);
  if (!fraction)
    return (
      <text class="line-label" x={props.x} y={AXIS_Y + 40} text-anchor="middle">
        {props.text}
      </text>
    );
  return (
    <g class="line-label">
      <text x={props.x} y={AXIS_Y + 36} text-anchor="middle">
        {fraction[1]}
      </text>
      <line class="fraction-bar" x1={props.x - 11} x2={props.x + 11} y1={AXIS_Y + 42} y2={AXIS_Y + 42} />
      <text x={props.x} y={AXIS_Y + 59} text-anchor="middle">
        {fraction[2]}
      </text>
    </g>
  );
}

// A pin above the line: the finger holding it does not hide where it points.
export function Marker(props: { x: number }) {
  return (
    <g class="marker">
      <line x1={props.x} x2={props.x} y1={24} y2={AXIS_Y + 14} />
      <circle cx={props.x} cy={18} r={14} />
    </g>
  );
}

export function Point(props: { x: number; label: string }) {
  return (
    <g class="point">
      <circle cx={props.x} cy={AXIS_Y} r={7} />
      <text x={props.x} y={AXIS_Y - 20} text-anchor="middle">
        {props.label}
      </text>
    </g>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

// What a pupil who cannot see the picture needs: the ends, the step between ticks, the labels and
// (to read) where the point sits, counted in ticks.
export function describeLine(line: NumberLine, t: Translate): string {
  const ticks = [];
  for (let tick = 0; tick <= line.intervals; tick += line.labelEvery) ticks.push(tickLabel(line, tick));
  const step = tickValue(line, 1);
  const stepText = tickLabel({ ...line, start: 0, end: step.n, intervals: step.d }, 1);
  const parts = [
    t('picture.line.label', {
      start: tickLabel(line, 0),
      end: tickLabel(line, line.intervals),
      step: stepText,
      labels: ticks.join(', '),
    }),
  ];
  if (line.mode === 'mark' && (line.snapsPerInterval ?? 1) > 1)
    parts.push(t('picture.line.snaps', { count: line.snapsPerInterval ?? 1 }));
  const { pointTick: tick, pointLabel: label = '' } = line;
  if (line.mode === 'read' && tick !== undefined)
    parts.push(
      Number.isInteger(tick)
        ? t('picture.line.pointAt', { label, tick })
        : t('picture.line.pointBetween', { label, before: Math.floor(tick), after: Math.ceil(tick) }),
    );
  return parts.join(' ');
}
