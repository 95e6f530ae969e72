// Figures of unit squares for the grid pictures: composed figures without holes, random connected
// figures on one side of a mirror axis, mirror images, and counting area and perimeter.
import type { Random } from './task-types';

export type Cell = [number, number];

const keyOf = ([x, y]: Cell) => `${x},${y}`;
const NEIGHBOURS: Cell[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

export function sortedCells(cells: Cell[]): Cell[] {
  return [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

export function perimeterOf(cells: Cell[]): number {
  const present = new Set(cells.map(keyOf));
  let edges = 0;
  for (const [x, y] of cells) for (const [dx, dy] of NEIGHBOURS) if (!present.has(keyOf([x + dx, y + dy]))) edges++;
  return edges;
}

export function rectangleCells(x0: number, y0: number, width: number, height: number): Cell[] {
  const cells: Cell[] = [];
  for (let y = y0; y < y0 + height; y++) for (let x = x0; x < x0 + width; x++) cells.push([x, y]);
  return cells;
}

// Two or three rectangles side by side (each column filled without gaps, neighbours overlapping):
// L-, T-, U- and step-shaped figures, never a plain rectangle and never with a hole.
export const FIGURE_GRID = { width: 13, height: 11 };

export function composedFigure(random: Random): Cell[] {
  for (;;) {
    const count = random.int(2, 3);
    const blocks = Array.from({ length: count }, () => {
      const bottom = random.int(0, 3);
      return { width: random.int(1, 4), bottom, top: bottom + random.int(1, 6) };
    });
    const isConnected = blocks.every(
      (b, i) => i === 0 || (b.bottom < blocks[i - 1]!.top && blocks[i - 1]!.bottom < b.top),
    );
    const isRectangle = blocks.every((b) => b.bottom === blocks[0]!.bottom && b.top === blocks[0]!.top);
    const width = blocks.reduce((sum, b) => sum + b.width, 0);
    const height = Math.max(...blocks.map((b) => b.top));
    if (!isConnected || isRectangle || width > 10 || height > 8) continue;
    const [dx, dy] = [random.int(1, FIGURE_GRID.width - 1 - width), random.int(1, FIGURE_GRID.height - 1 - height)];
    let x = dx;
    const cells = blocks.flatMap((b) => {
      const part = rectangleCells(x, dy + b.bottom, b.width, b.top - b.bottom);
      x += b.width;
      return part;
    });
    return sortedCells(cells);
  }
}

// A connected figure of `size` cells in columns 0..axis-1 of a grid `height` high, touching the axis.
export function halfFigure(random: Random, axis: number, height: number, size: number): Cell[] {
  const cells: Cell[] = [[axis - 1, random.int(1, height - 2)]];
  const present = new Set(cells.map(keyOf));
  while (cells.length < size) {
    const [x, y] = random.pick(cells);
    const [dx, dy] = random.pick(NEIGHBOURS);
    const next: Cell = [x + dx, y + dy];
    if (next[0] < 0 || next[0] >= axis || next[1] < 0 || next[1] >= height || present.has(keyOf(next))) continue;
    cells.push(next);
    present.add(keyOf(next));
  }
  return cells;
}

export const mirrored = (cells: Cell[], axis: number): Cell[] => cells.map(([x, y]) => [2 * axis - 1 - x, y]);

export function isMirrorSymmetric(cells: Cell[], axis: number): boolean {
  const present = new Set(cells.map(keyOf));
  return mirrored(cells, axis).every((cell) => present.has(keyOf(cell)));
}

// A cell next to the figure on the right of the axis whose mirror image is not in the figure.
export function asymmetricNeighbour(random: Random, cells: Cell[], axis: number, width: number, height: number): Cell {
  const present = new Set(cells.map(keyOf));
  const candidates = cells
    .flatMap(([x, y]) => NEIGHBOURS.map(([dx, dy]): Cell => [x + dx, y + dy]))
    .filter(([x, y]) => x >= axis && x < width && y >= 0 && y < height && !present.has(keyOf([x, y])))
    .filter(([x, y]) => !present.has(keyOf([2 * axis - 1 - x, y])));
  return random.pick(candidates);
}

export const transposed = (cells: Cell[]): Cell[] => cells.map(([x, y]) => [y, x]);
