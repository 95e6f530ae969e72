// docs/answer-acceptance.md is the test: every row of its tables that start with a `task` column
// is one check of what a pupil typed, so the page and the checker cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAnswer } from '../../app/learning/tasks/check-answer';
import { rational } from '../../app/learning/tasks/rational';
import type { Answer } from '../../app/learning/tasks/task-types';

const number = (n: number, d = 1) => ({ kind: 'number' as const, value: rational(n, d) });

// The tasks the page names in "Tasks used below", as the catalogue's templates build them.
const TASKS: Record<string, Answer> = {
  '1234': number(1234),
  '1000000': number(1_000_000),
  '1,234': number(1234, 1000),
  '3/4': number(3, 4),
  '3/4 as decimal': { ...number(3, 4), forms: ['decimal'] },
  '2/3 reduced': { ...number(2, 3), forms: ['fraction'], mustBeReduced: true },
  '8/12': { ...number(2, 3), forms: ['fraction'], denominator: 12 },
  '1 3/4': { ...number(7, 4), shownAs: 'mixed' },
  '-3': number(-3),
  '300 cm': { ...number(300), unit: 'cm' },
  '5,44 m': { ...number(544, 100), forms: ['decimal', 'integer'], unit: 'm' },
  '321 min': { ...number(321), unit: 'min' },
  '67,50 €': { ...number(675, 10), unit: '€' },
  '75 %': { ...number(75), unit: '%' },
  '20': number(20),
  'x = 42': { ...number(42), variable: 'x' },
  choice: { kind: 'choice', options: ['<', '=', '>'], correct: 2 },
  order: { kind: 'order', items: ['9', '3', '1,5'], correctOrder: [2, 1, 0] },
};

const PLACEHOLDERS: Record<string, string> = { Tab: '\t', NBSP: '\u00A0', Space: ' ' };

function typedText(cell: string): string {
  const code = /^`(.*)`$/.exec(cell.trim())?.[1];
  if (code === undefined) throw new Error(`the typed cell ${cell} is not in backticks`);
  return code.replace(/⟨([^⟩]+)⟩/g, (_, name: string) =>
    name.startsWith('U+') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : PLACEHOLDERS[name]!,
  );
}

// The rows of every markdown table whose first header cell is `firstHeader`, as trimmed cells.
function tableRows(markdown: string, firstHeader: string): string[][] {
  const rows: string[][] = [];
  let isInTable = false;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      isInTable = false;
      continue;
    }
    const cells = line.slice(1, line.lastIndexOf('|')).split('|');
    if (/^[\s|:-]+$/.test(line)) continue;
    if (cells[0]!.trim() === firstHeader) isInTable = true;
    else if (isInTable) rows.push(cells.map((cell) => cell.trim()));
  }
  return rows;
}

const markdown = readFileSync(join(__dirname, '../../docs/answer-acceptance.md'), 'utf8');
const rows = tableRows(markdown, 'task').map(([task, typed, judged, readAs, hint]) => ({
  task: task!,
  typed: typedText(typed!),
  judged: judged!,
  readAs: readAs ? typedText(readAs) : null,
  // "the task asks for cm" / "… a plain number": the answer carried another unit.
  askedUnit: hint ? (/^the task asks for (.+)$/.exec(hint)?.[1] ?? hint) : undefined,
}));

describe('the answer table in docs/answer-acceptance.md', () => {
  it('when the page is read, then it has many rows and names exactly the tasks of this test', () => {
    expect(rows.length).toBeGreaterThan(100);
    const named = tableRows(markdown, 'name').map(([name]) => name);
    expect(new Set(named)).toEqual(new Set(Object.keys(TASKS)));
    expect(rows.filter((row) => !(row.task in TASKS))).toEqual([]);
  });

  it.each(rows.map((row) => [row.task, JSON.stringify(row.typed), row.judged, row] as const))(
    'when the task is %s and the pupil types %s, then it is %s (and read as the page says)',
    (_task, _typed, _judged, row) => {
      const checked = checkAnswer(TASKS[row.task]!, row.typed);
      expect({ result: checked.result, readAs: checked.readAs }).toEqual({ result: row.judged, readAs: row.readAs });
      const askedUnit = row.askedUnit === 'a plain number' ? null : row.askedUnit;
      expect(checked.unitHint?.asked).toBe(askedUnit);
    },
  );
});
