// Perimeter and area (grade 5): rectangles and composed figures on squared paper, and rectangles
// given by their sides. Area units are not in units.ts: the prompt names cm², the answer is a
// plain number; perimeters are asked in cm or m.
import type { Template } from './task-types';
import { FIGURE_GRID, composedFigure, perimeterOf, rectangleCells } from './templates-more-grid';
import { inUnit, num } from './templates-more-kit';

const SQUARE = 'Jedes Kästchen ist 1 cm lang und 1 cm breit.';

function rectangleOnGrid(r: Parameters<Template['generate']>[0]) {
  const [width, height] = [r.int(2, 10), r.int(2, 8)];
  const cells = rectangleCells(r.int(1, 12 - width), r.int(1, 10 - height), width, height);
  return { width, height, picture: { kind: 'grid-shape' as const, ...FIGURE_GRID, cells } };
}

export const AREA_TEMPLATES: Template[] = [
  {
    id: 'mo-pa-rect-area-grid',
    title: 'Flächeninhalt eines Rechtecks (Kästchen)',
    version: 1,
    topic: 'perimeter-area',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const { width, height, picture } = rectangleOnGrid(r);
      return {
        prompt: `${SQUARE} Wie groß ist der Flächeninhalt des Rechtecks in cm²? Gib nur die Zahl an.`,
        answer: num(width * height),
        representation: picture,
        hint: 'Zähle, wie viele Kästchen in einer Reihe liegen und wie viele Reihen es sind.',
      };
    },
  },
  {
    id: 'mo-pa-rect-perimeter-grid',
    title: 'Umfang eines Rechtecks (Kästchen)',
    version: 1,
    topic: 'perimeter-area',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const { width, height, picture } = rectangleOnGrid(r);
      return {
        prompt: `${SQUARE} Wie lang ist der Umfang des Rechtecks?`,
        answer: inUnit(2 * (width + height), 'cm'),
        representation: picture,
        hint: 'Der Umfang ist der Weg einmal ganz um die Figur herum: zähle alle Kästchenseiten am Rand.',
      };
    },
  },
  {
    id: 'mo-pa-composed-area',
    title: 'Flächeninhalt einer zusammengesetzten Figur',
    version: 1,
    topic: 'perimeter-area',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const cells = composedFigure(r);
      return {
        prompt: `${SQUARE} Wie groß ist der Flächeninhalt der Figur in cm²? Gib nur die Zahl an.`,
        answer: num(cells.length),
        representation: { kind: 'grid-shape', ...FIGURE_GRID, cells },
        hint: 'Zerlege die Figur in Rechtecke, berechne jeden Flächeninhalt und addiere.',
      };
    },
  },
  {
    id: 'mo-pa-composed-perimeter',
    title: 'Umfang einer zusammengesetzten Figur',
    version: 1,
    topic: 'perimeter-area',
    difficulty: 3,
    grade: 5,
    generate: (r) => {
      const cells = composedFigure(r);
      return {
        prompt: `${SQUARE} Wie lang ist der Umfang der Figur?`,
        answer: inUnit(perimeterOf(cells), 'cm'),
        representation: { kind: 'grid-shape', ...FIGURE_GRID, cells },
        hint: 'Fahre einmal um die Figur herum und zähle jede Kästchenseite am Rand genau einmal.',
      };
    },
  },
  {
    id: 'mo-pa-rect-text',
    title: 'Umfang und Flächeninhalt aus den Seiten',
    version: 1,
    topic: 'perimeter-area',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const unit = r.pick(['cm', 'm'] as const);
      const length = r.int(4, 25);
      const width = r.int(2, length - 1);
      const isAreaAsked = r.int(0, 1) === 1;
      const given = `Ein Rechteck ist ${length} ${unit} lang und ${width} ${unit} breit.`;
      return {
        prompt: isAreaAsked
          ? `${given} Wie groß ist sein Flächeninhalt in ${unit}²? Gib nur die Zahl an.`
          : `${given} Wie lang ist sein Umfang?`,
        answer: isAreaAsked ? num(length * width) : inUnit(2 * (length + width), unit),
        hint: isAreaAsked
          ? 'Flächeninhalt des Rechtecks: Länge mal Breite.'
          : 'Umfang des Rechtecks: zweimal die Länge plus zweimal die Breite.',
      };
    },
  },
  {
    id: 'mo-pa-rect-side',
    title: 'Fehlende Seite eines Rechtecks',
    version: 1,
    topic: 'perimeter-area',
    difficulty: 3,
    grade: 5,
    generate: (r) => {
      const unit = r.pick(['cm', 'm'] as const);
      const length = r.int(4, 20);
      const width = r.int(2, length - 1);
      const isAreaGiven = r.int(0, 1) === 1;
      const given = isAreaGiven
        ? `den Flächeninhalt ${length * width} ${unit}²`
        : `den Umfang ${2 * (length + width)} ${unit}`;
      return {
        prompt: `Ein Rechteck hat ${given}. Es ist ${width} ${unit} breit. Wie lang ist es?`,
        answer: inUnit(length, unit),
        hint: isAreaGiven
          ? 'Flächeninhalt = Länge · Breite: welche Zahl mal die Breite ergibt den Flächeninhalt?'
          : 'Ziehe zweimal die Breite vom Umfang ab; der Rest sind zwei Längen.',
      };
    },
  },
];
