// Pictures a task can carry, drawn by the pupils' page as SVG (a table as a table). Browser-safe:
// this is what the pupil's page receives, so it never holds the solution. Two modes:
// - 'read' (and the pictures without a mode): the picture belongs to the question; the pupil types
//   or picks the answer as for any other task.
// - 'mark' / 'shade' / 'fill': the pupil answers by touching the picture (or with the keyboard); the
//   page turns what was touched into the answer text it submits, graded on the server as if typed:
//   number line → the marked value ("37", "3/8", "0,4"), fraction parts → "shaded/parts",
//   place-value chart → the number the tokens make, dot field → how many dots are marked.
import { z } from 'zod';

export const PLACES = ['M', 'HT', 'ZT', 'T', 'H', 'Z', 'E'] as const;

// From start to end in `intervals` equal steps (ticks), every `labelEvery`-th tick labelled in
// `labels` style. In 'mark' mode the marker snaps to `snapsPerInterval` positions per step; every
// position's value must be exact in the label style (the template sees to it). In 'read' mode a
// point named `pointLabel` sits at tick `pointTick` (which may be fractional: 2.5 is half-way).
const ZNumberLine = z.object({
  kind: z.literal('number-line'),
  mode: z.enum(['mark', 'read']),
  start: z.number().int(),
  end: z.number().int(),
  intervals: z.number().int().min(1).max(100),
  labelEvery: z.number().int().min(1),
  labels: z.enum(['integer', 'decimal', 'fraction']),
  snapsPerInterval: z.number().int().min(1).max(10).optional(),
  pointTick: z.number().optional(),
  pointLabel: z.string().max(3).optional(),
});

// A bar or circle cut into `parts` equal parts; 'read' shows `shaded` (part indexes) shaded,
// 'shade' lets the pupil shade parts (the answer is "shaded count/parts").
const ZFractionParts = z.object({
  kind: z.literal('fraction-parts'),
  mode: z.enum(['shade', 'read']),
  shape: z.enum(['bar', 'circle']),
  parts: z.number().int().min(2).max(24),
  shaded: z.array(z.number().int().min(0)).optional(),
});

// A place-value chart (Stellenwerttafel) with these columns, left to right. 'read' shows `tokens`
// counters per column (more than 9 allowed: bundling tasks); 'fill' lets the pupil lay 0–9
// counters per column (the answer is the number they make).
const ZPlaceValue = z.object({
  kind: z.literal('place-value'),
  mode: z.enum(['fill', 'read']),
  places: z.array(z.enum(PLACES)).min(1).max(7),
  tokens: z.array(z.number().int().min(0).max(30)).optional(),
});

// A dot field (Punktefeld) of rows × columns, grouped in fives. 'read' highlights the first
// `marked.rows` rows × `marked.columns` columns (the Malwinkel); 'mark' lets the pupil move the
// Malwinkel (the answer is how many dots it covers).
const ZDotField = z.object({
  kind: z.literal('dot-field'),
  mode: z.enum(['mark', 'read']),
  rows: z.number().int().min(1).max(20),
  columns: z.number().int().min(1).max(20),
  marked: z.object({ rows: z.number().int().min(0), columns: z.number().int().min(0) }).optional(),
});

const ZBarChart = z.object({
  kind: z.literal('bar-chart'),
  title: z.string().max(120),
  categories: z.array(z.string().max(40)).min(2).max(10),
  values: z.array(z.number().min(0)),
  axisMax: z.number().positive(),
  axisStep: z.number().positive(),
  unit: z.string().max(20).optional(),
});

const ZTable = z.object({
  kind: z.literal('table'),
  caption: z.string().max(120),
  header: z.array(z.string().max(40)).min(1).max(8),
  rows: z
    .array(z.array(z.string().max(40)).max(8))
    .min(1)
    .max(12),
});

// Points in the first quadrant of a size × size grid, read by their labels.
const ZCoordinateGrid = z.object({
  kind: z.literal('coordinate-grid'),
  size: z.number().int().min(4).max(12),
  points: z.array(z.object({ label: z.string().max(3), x: z.number().int(), y: z.number().int() })).max(8),
});

// A figure made of unit squares (cells [x, y]) on a width × height grid; an optional mirror axis.
const ZGridShape = z.object({
  kind: z.literal('grid-shape'),
  width: z.number().int().min(2).max(16),
  height: z.number().int().min(2).max(16),
  cells: z
    .array(z.tuple([z.number().int().min(0), z.number().int().min(0)]))
    .min(1)
    .max(120),
  axis: z.object({ direction: z.enum(['vertical', 'horizontal']), at: z.number() }).optional(),
});

// An angle of `degrees` between two rays, drawn with its arc, turned by `rotation` degrees.
const ZAngle = z.object({
  kind: z.literal('angle'),
  degrees: z.number().min(1).max(359),
  rotation: z.number().min(0).max(359),
});

export const ZRepresentation = z.discriminatedUnion('kind', [
  ZNumberLine,
  ZFractionParts,
  ZPlaceValue,
  ZDotField,
  ZBarChart,
  ZTable,
  ZCoordinateGrid,
  ZGridShape,
  ZAngle,
]);
export type Representation = z.infer<typeof ZRepresentation>;
export type RepresentationKind = Representation['kind'];
export const REPRESENTATION_KINDS = ZRepresentation.options.map((o) => o.shape.kind.value) as RepresentationKind[];
