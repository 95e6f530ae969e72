// Mental arithmetic: missing numbers, round thousands, a bar chart to add and compare; the
// multiplication table on the dot field (read the Malwinkel, move it), powers of ten.
import type { Representation } from '../representation';
import type { Template } from './task-types';
import { choice, de, drawUntil, int, shuffle } from './templates-numbers-kit';

const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
const dotField = (mode: 'read' | 'mark', columns: number, marked?: { rows: number; columns: number }) =>
  ({ kind: 'dot-field', mode, rows: 10, columns, ...(marked ? { marked } : {}) }) satisfies Representation;

export const MENTAL_TEMPLATES: Template[] = [
  {
    id: 'nu-as-missing-number',
    title: 'Fehlende Zahl bei der Subtraktion',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(300, 999), r.int(21, 700)] as const,
        ([x, y]) => x - y >= 21 && x % 10 !== 0 && y % 10 !== 0,
      );
      const isMinuendMissing = r.int(0, 2) === 0;
      return {
        prompt: isMinuendMissing ? `? − ${b} = ${a - b}` : `${a} − ? = ${a - b}`,
        answer: int(isMinuendMissing ? a : b),
        hint: 'Denk an die Umkehraufgabe und mach die Probe.',
      };
    },
  },
  {
    id: 'nu-as-thousands',
    title: 'Mit vollen Tausendern rechnen',
    version: 1,
    topic: 'add-subtract',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const unit = r.pick([1000, 10_000]);
      const [a, b] = drawUntil(
        () => [r.int(12, 95), r.int(12, 95)] as const,
        ([x, y]) => x % 10 !== 0 && y % 10 !== 0 && (x % 10) + (y % 10) >= 10 && (x + y) * unit < 1_000_000,
      );
      const isSum = r.int(0, 1) === 0;
      const [big, small] = isSum ? [a, b] : [a + b, b];
      return {
        prompt: `${de(big * unit)} ${isSum ? '+' : '−'} ${de(small * unit)} = ?`,
        answer: int(isSum ? (a + b) * unit : a * unit),
        hint: `Rechne mit den ${unit === 1000 ? 'Tausendern' : 'Zehntausendern'} wie mit Einern; denk an den Übertrag.`,
      };
    },
  },
  {
    id: 'nu-as-bar-chart',
    title: 'Säulendiagramm: Besucherzahlen addieren und vergleichen',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const values = drawUntil(
        () => DAYS.map(() => r.int(2, 10) * 50),
        (v) => new Set(v).size > 1,
      );
      const [i, j] = drawUntil(
        () => shuffle(r, [0, 1, 2, 3, 4]).slice(0, 2),
        ([x, y]) => values[x!] !== values[y!],
      ) as [number, number];
      const isSum = r.int(0, 1) === 0;
      const [more, less] = values[i]! > values[j]! ? [i, j] : [j, i];
      return {
        prompt: isSum
          ? `Wie viele Besucher kamen am ${DAYS[i]} und am ${DAYS[j]} zusammen ins Schwimmbad?`
          : `Wie viele Besucher kamen am ${DAYS[more]} mehr ins Schwimmbad als am ${DAYS[less]}?`,
        answer: int(isSum ? values[i]! + values[j]! : values[more]! - values[less]!),
        representation: {
          kind: 'bar-chart',
          title: 'Besucher im Schwimmbad',
          categories: DAYS,
          values,
          axisMax: 500,
          axisStep: 50,
        },
        hint: 'Lies beide Werte genau an der Skala ab, bevor du rechnest.',
      };
    },
  },
  {
    id: 'nu-md-dot-count',
    title: 'Punkte im Malwinkel zählen',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [rows, columns] = [r.int(2, 10), r.int(6, 19)];
      return {
        prompt: 'Wie viele Punkte liegen im Malwinkel?',
        answer: int(rows * columns),
        representation: dotField('read', 20, { rows, columns }),
        hint: 'Nutze die Fünfer- und Zehnerstreifen: Rechne erst bis zur Zehnerlinie, dann den Rest.',
      };
    },
  },
  {
    id: 'nu-md-dot-choice',
    title: 'Malaufgabe am Punktefeld erkennen (Auswahl)',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const columnsInField = r.pick([10, 20]);
      const [rows, columns] = [r.int(2, 9), r.int(2, 9)];
      const task = (a: number, b: number) => `${a} · ${b}`;
      const nearby = [
        [rows + 1, columns],
        [rows - 1, columns],
        [rows, columns + 1],
        [rows, columns - 1],
      ].filter(([a, b]) => a! > 1 && b! > 1);
      // Added instead of multiplied: only where too few neighbouring tasks are left (2 · 2).
      const distractors = [...shuffle(r, nearby).map(([a, b]) => task(a!, b!)), `${rows} + ${columns}`];
      return {
        prompt: 'Welche Malaufgabe zeigt der Malwinkel? Die erste Zahl nennt die Zeilen.',
        answer: choice(r, task(rows, columns), distractors.slice(0, 3)),
        representation: dotField('read', columnsInField, { rows, columns }),
        hint: 'Zähle die Zeilen im Malwinkel und die Punkte in einer Zeile.',
      };
    },
  },
  {
    id: 'nu-md-dot-mark',
    title: 'Malaufgabe am Punktefeld zeigen',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [rows, columns] = [r.int(2, 10), r.int(2, 15)];
      return {
        prompt: `Zeige ${rows} · ${columns} am Punktefeld. Die erste Zahl nennt die Zeilen.`,
        answer: int(rows * columns),
        representation: dotField('mark', 20),
        hint: 'Die erste Zahl sagt dir, wie viele Zeilen, die zweite, wie viele Punkte in jeder Zeile.',
      };
    },
  },
  {
    id: 'nu-md-powers-of-ten',
    title: 'Mit Zehnerzahlen multiplizieren und dividieren',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const kind = r.int(0, 2);
      const power = r.pick([10, 100]);
      const a = drawUntil(
        () => r.int(12, 999),
        (n) => n % 10 !== 0,
      );
      if (kind === 0)
        return {
          prompt: `${de(a)} · ${de(power)} = ?`,
          answer: int(a * power),
          hint: 'Beim Malnehmen mit 10 oder 100 rutscht jede Ziffer um eine oder zwei Stellen nach links.',
        };
      if (kind === 1)
        return {
          prompt: `${de(a * power)} : ${de(power)} = ?`,
          answer: int(a),
          hint: 'Beim Teilen durch 10 oder 100 rutscht jede Ziffer um eine oder zwei Stellen nach rechts.',
        };
      const [x, y] = [r.int(2, 9), r.int(2, 9)];
      const [tx, ty] = [r.pick([10, 100]), r.pick([10, 100])];
      return {
        prompt: `${de(x * tx)} · ${de(y * ty)} = ?`,
        answer: int(x * tx * y * ty),
        hint: 'Rechne zuerst die Aufgabe ohne Nullen und hänge dann alle Nullen an.',
      };
    },
  },
  {
    id: 'nu-md-missing-factor',
    title: 'Fehlender Faktor im Einmaleins',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [a, b] = [r.int(2, 10), r.int(2, 10)];
      const isFirstMissing = r.int(0, 1) === 0;
      return {
        prompt: isFirstMissing ? `? · ${b} = ${a * b}` : `${a} · ? = ${a * b}`,
        answer: int(isFirstMissing ? a : b),
        hint: 'Denk an die Umkehraufgabe: Teile das Ergebnis durch die Zahl, die du kennst.',
      };
    },
  },
];
