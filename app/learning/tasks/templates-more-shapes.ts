// Shapes and symmetry: naming a quadrilateral from its sides, angles and parallel sides (grade 6);
// is a grid figure axis-symmetric, and how many squares complete its mirror image (grade 4).
import type { Random, TaskContent, Template } from './task-types';
import { asymmetricNeighbour, halfFigure, mirrored, sortedCells, transposed } from './templates-more-grid';
import type { Cell } from './templates-more-grid';
import { choice, fixedChoice, num, pickDistinct } from './templates-more-kit';

const NAMES = ['Quadrat', 'Rechteck', 'Raute', 'Parallelogramm', 'Trapez', 'Drachenviereck'] as const;
type Name = (typeof NAMES)[number];

const RIGHT_ANGLES = 'Es hat vier rechte Winkel.';
const NO_RIGHT_ANGLE = 'Es hat keinen rechten Winkel.';
const BOTH_PARALLEL = 'AB ist parallel zu CD, und BC ist parallel zu DA.';

// Sides AB, BC, CD, DA in cm and what is said about angles and parallel sides.
function describe(random: Random, name: Name): [number[], string, string] {
  const [a, b] = pickDistinct(random, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2) as [number, number];
  switch (name) {
    case 'Quadrat':
      return [[a, a, a, a], RIGHT_ANGLES, BOTH_PARALLEL];
    case 'Rechteck':
      return [[a, b, a, b], RIGHT_ANGLES, BOTH_PARALLEL];
    case 'Raute':
      return [[a, a, a, a], NO_RIGHT_ANGLE, BOTH_PARALLEL];
    case 'Parallelogramm':
      return [[a, b, a, b], NO_RIGHT_ANGLE, BOTH_PARALLEL];
    case 'Drachenviereck':
      return [[a, a, b, b], NO_RIGHT_ANGLE, 'Keine zwei Seiten sind parallel.'];
    case 'Trapez':
      for (;;) {
        // Bases AB > CD; the legs BC and DA close a triangle with AB − CD; no leg stands upright.
        const [long, short, leg1, leg2] = pickDistinct(random, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4) as number[];
        const gap = long! - short!;
        const isTriangle = gap > 0 && Math.abs(leg1! - leg2!) < gap && gap < leg1! + leg2!;
        const isUpright = leg1! ** 2 + gap ** 2 === leg2! ** 2 || leg2! ** 2 + gap ** 2 === leg1! ** 2;
        if (isTriangle && !isUpright)
          return [[long!, leg1!, short!, leg2!], NO_RIGHT_ANGLE, 'Nur AB und CD sind parallel.'];
      }
  }
}

function symmetryFigure(random: Random): { cells: Cell[]; axis: number; size: number; isVertical: boolean } {
  const axis = random.int(4, 6);
  const size = 2 * axis;
  const half = halfFigure(random, axis, size, random.int(4, 9));
  return { cells: half, axis, size, isVertical: random.int(0, 1) === 1 };
}

function gridPicture(cells: Cell[], axis: number, size: number, isVertical: boolean): TaskContent['representation'] {
  return {
    kind: 'grid-shape',
    width: size,
    height: size,
    cells: sortedCells(isVertical ? cells : transposed(cells)),
    axis: { direction: isVertical ? 'vertical' : 'horizontal', at: axis },
  };
}

export const SHAPE_TEMPLATES: Template[] = [
  {
    id: 'mo-shape-quadrilateral',
    title: 'Vierecke benennen',
    version: 1,
    topic: 'shapes-symmetry',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const name = r.pick(NAMES);
      const [[ab, bc, cd, da], angles, parallels] = describe(r, name);
      const others = pickDistinct(
        r,
        NAMES.filter((n) => n !== name),
        3,
      );
      return {
        prompt:
          `Ein Viereck ABCD hat die Seiten AB = ${ab} cm, BC = ${bc} cm, ` +
          `CD = ${cd} cm und DA = ${da} cm. ${angles} ${parallels} Welcher Name beschreibt das ` +
          `Viereck am genauesten?`,
        answer: choice(r, name, others),
        hint:
          'Prüfe nacheinander: Wie viele Seiten sind parallel? Welche Seiten sind gleich lang? ' +
          'Gibt es rechte Winkel?',
      };
    },
  },
  {
    id: 'mo-shape-is-symmetric',
    title: 'Ist die Figur achsensymmetrisch?',
    version: 1,
    topic: 'shapes-symmetry',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const { cells: half, axis, size, isVertical } = symmetryFigure(r);
      const symmetric = [...half, ...mirrored(half, axis)];
      const isSymmetric = r.int(0, 1) === 1;
      const cells = isSymmetric ? symmetric : [...symmetric, asymmetricNeighbour(r, symmetric, axis, size, size)];
      return {
        prompt: 'Ist die Figur achsensymmetrisch zur eingezeichneten Achse?',
        answer: fixedChoice(['ja', 'nein'], isSymmetric ? 0 : 1),
        representation: gridPicture(cells, axis, size, isVertical),
        hint: 'Prüfe jedes Kästchen: Liegt sein Spiegelbild genauso weit auf der anderen Seite der Achse?',
      };
    },
  },
  {
    id: 'mo-shape-mirror-complete',
    title: 'Spiegelbild ergänzen: Kästchen zählen',
    version: 1,
    topic: 'shapes-symmetry',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const { cells: half, axis, size, isVertical } = symmetryFigure(r);
      const image = mirrored(half, axis);
      const drawn = pickDistinct(r, image, r.int(1, image.length - 2));
      return {
        prompt:
          'Die Figur soll achsensymmetrisch zur eingezeichneten Achse werden. ' +
          'Wie viele Kästchen musst du mindestens noch färben?',
        answer: num(image.length - drawn.length),
        representation: gridPicture([...half, ...drawn], axis, size, isVertical),
        hint: 'Spiegle jedes gefärbte Kästchen an der Achse und zähle die Spiegelbilder, die noch fehlen.',
      };
    },
  },
];
