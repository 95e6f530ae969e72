// Angles (grades 5–6): kinds of angles and estimating sizes from a picture, angles that complete
// a straight or full angle, the angle sum in a triangle; coordinates in the first quadrant (grade 5).
import type { Random, Template } from './task-types';
import { choice, fixedChoice, num, q, shuffle } from './templates-more-kit';

const KINDS = ['spitz', 'recht', 'stumpf', 'gestreckt', 'überstumpf'];
// Degrees of each kind, away from the borders so that the picture is clear.
const KIND_DEGREES: [number, number][] = [
  [15, 70],
  [90, 90],
  [110, 165],
  [180, 180],
  [200, 340],
];
const GRID = 10;

const point = (x: number, y: number) => `(${x}|${y})`;

// A point (x|y) with x ≠ y, and three wrong readings: swapped, y miscounted, both. Each coordinate
// value stands equally often in the options, so no option is the "middle" one.
function coordinateOptions(random: Random): { x: number; y: number; wrong: [number, number][] } {
  for (;;) {
    const [x, y] = [random.int(1, GRID - 1), random.int(1, GRID - 1)];
    const other = y + random.pick([-2, -1, 1, 2]);
    if (x === y || other < 0 || other >= GRID || other === x) continue;
    return {
      x,
      y,
      wrong: [
        [y, x],
        [x, other],
        [other, x],
      ],
    };
  }
}

export const ANGLE_TEMPLATES: Template[] = [
  {
    id: 'mo-ang-kind',
    title: 'Winkelarten erkennen',
    version: 1,
    topic: 'angles',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const kind = r.int(0, KINDS.length - 1);
      const [min, max] = KIND_DEGREES[kind]!;
      return {
        prompt: 'Welche Art von Winkel ist das?',
        answer: fixedChoice(KINDS, kind),
        representation: { kind: 'angle', degrees: r.int(min / 5, max / 5) * 5, rotation: r.int(0, 71) * 5 },
        hint: 'Vergleiche mit einem rechten Winkel (90°) und einem gestreckten Winkel (180°).',
      };
    },
  },
  {
    id: 'mo-ang-estimate',
    title: 'Winkelgröße schätzen',
    version: 1,
    topic: 'angles',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const degrees = r.int(3, 34) * 10 + r.int(-4, 4);
      return {
        prompt: 'Wie viel Grad hat der eingezeichnete Winkel? Schätze auf 10° genau.',
        answer: num(degrees, { tolerance: q(10), unit: '°' }),
        representation: { kind: 'angle', degrees, rotation: r.int(0, 359) },
        hint: 'Ein rechter Winkel hat 90°, ein gestreckter 180°: ist dieser Winkel kleiner, größer oder dazwischen?',
      };
    },
  },
  {
    id: 'mo-ang-complete',
    title: 'Winkel zum gestreckten oder Vollwinkel ergänzen',
    version: 1,
    topic: 'angles',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const isFull = r.int(0, 1) === 1;
      const total = isFull ? 360 : 180;
      let given = r.int(3, total / 5 - 3) * 5 + r.pick([0, 0, 2, 3]);
      if (given * 2 === total) given += 5;
      return {
        prompt:
          `Zwei Winkel ergeben zusammen einen ${isFull ? 'Vollwinkel' : 'gestreckten Winkel'}. ` +
          `Einer ist ${given}° groß. Wie viel Grad hat der andere?`,
        answer: num(total - given, { unit: '°' }),
        hint: `Ein ${isFull ? 'Vollwinkel hat 360°' : 'gestreckter Winkel hat 180°'}.`,
      };
    },
  },
  {
    id: 'mo-ang-triangle',
    title: 'Winkelsumme im Dreieck',
    version: 1,
    topic: 'angles',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      if (r.int(0, 2) === 0) {
        let top = r.int(10, 70) * 2;
        if (top === 60) top = 40; // equilateral: the answer would be the prompt's number
        return {
          prompt:
            `In einem gleichschenkligen Dreieck ist der Winkel an der Spitze ${top}° groß. ` +
            `Wie viel Grad hat jeder der beiden Basiswinkel?`,
          answer: num((180 - top) / 2, { unit: '°' }),
          hint: 'Die drei Winkel im Dreieck ergeben zusammen 180°, und die Basiswinkel sind gleich groß.',
        };
      }
      const alpha = r.int(20, 120);
      let beta = r.int(15, 160 - alpha);
      while ([alpha, beta].includes(180 - alpha - beta)) beta = r.int(15, 160 - alpha);
      return {
        prompt: `In einem Dreieck ist α = ${alpha}° und β = ${beta}°. Wie viel Grad hat γ?`,
        answer: num(180 - alpha - beta, { unit: '°' }),
        hint: 'Die drei Winkel in einem Dreieck ergeben zusammen 180°.',
      };
    },
  },
  {
    id: 'mo-coord-read',
    title: 'Koordinaten eines Punktes ablesen',
    version: 1,
    topic: 'coordinates',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const { x, y, wrong } = coordinateOptions(r);
      const labels = shuffle(r, ['A', 'B', 'C', 'D']);
      const points = [[x, y], wrong[0]!, wrong[2]!].map(([px, py], i) => ({ label: labels[i]!, x: px!, y: py! }));
      return {
        prompt: `Welche Koordinaten hat der Punkt ${labels[0]}?`,
        answer: choice(
          r,
          point(x, y),
          wrong.map(([a, b]) => point(a, b)),
        ),
        representation: { kind: 'coordinate-grid', size: GRID, points },
        hint: 'Zuerst gehst du nach rechts (x-Achse), dann nach oben (y-Achse).',
      };
    },
  },
  {
    id: 'mo-coord-which-point',
    title: 'Punkt zu Koordinaten finden',
    version: 1,
    topic: 'coordinates',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const { x, y, wrong } = coordinateOptions(r);
      const labels = ['A', 'B', 'C', 'D'];
      const positions = shuffle(r, [[x, y] as [number, number], ...wrong]);
      const correct = positions.findIndex(([px, py]) => px === x && py === y);
      return {
        prompt: `Welcher Punkt hat die Koordinaten ${point(x, y)}?`,
        answer: fixedChoice(labels, correct),
        representation: {
          kind: 'coordinate-grid',
          size: GRID,
          points: positions.map(([px, py], i) => ({ label: labels[i]!, x: px, y: py })),
        },
        hint: 'Die erste Zahl sagt, wie weit nach rechts, die zweite, wie weit nach oben.',
      };
    },
  },
  {
    id: 'mo-coord-rectangle',
    title: 'Vierte Ecke eines Rechtecks',
    version: 1,
    topic: 'coordinates',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const { x, y, wrong } = coordinateOptions(r);
      // D is (x|y); going round the axis-parallel rectangle: A (x2|y), B (x2|y2), C (x|y2).
      const [x2, y2] = [pickOther(r, x), pickOther(r, y)];
      const corners = [
        { label: 'A', x: x2, y },
        { label: 'B', x: x2, y: y2 },
        { label: 'C', x, y: y2 },
      ];
      return {
        prompt: 'A, B und C sind drei Ecken eines Rechtecks. Welche Koordinaten hat die vierte Ecke D?',
        answer: choice(
          r,
          point(x, y),
          wrong.map(([a, b]) => point(a, b)),
        ),
        representation: { kind: 'coordinate-grid', size: GRID, points: shuffle(r, corners) },
        hint: 'D liegt genau über oder unter einer Ecke und genau neben einer anderen: lies dort x und y ab.',
      };
    },
  },
];

function pickOther(random: Random, value: number): number {
  for (;;) {
    const other = random.int(0, GRID - 1);
    if (Math.abs(other - value) >= 2) return other;
  }
}
