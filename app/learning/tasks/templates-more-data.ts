// Tables and bar charts (grades 4–6): read a bar, the difference of two bars, the largest or
// smallest bar, the total of a table, its range and its mean.
import type { Random, Template } from './task-types';
import { CHARTS, TABLES, type TableData } from './templates-more-data-sets';
import { choice, de, num, pickDistinct, q } from './templates-more-kit';

// Four or five categories (in their usual order) with distinct values on the grid lines.
function chartData(random: Random, count = random.int(4, 5)) {
  const chart = random.pick(CHARTS);
  const picked = pickDistinct(random, chart.categories, count).sort(
    (a, b) => chart.categories.indexOf(a) - chart.categories.indexOf(b),
  );
  const values = pickDistinct(
    random,
    Array.from({ length: chart.max / chart.step }, (_, i) => (i + 1) * chart.step),
    count,
  );
  const picture = {
    kind: 'bar-chart' as const,
    title: chart.title,
    categories: picked,
    values,
    axisMax: chart.max,
    axisStep: chart.step,
    unit: chart.unit,
  };
  return { chart, categories: picked, values, picture };
}

function tableData(random: Random, isTotalAsked = false) {
  const table = random.pick(TABLES.filter((t) => !isTotalAsked || t.total));
  const count = random.int(4, table.names.length);
  const values = Array.from({ length: count }, () => random.int(...table.range));
  return { table, values, names: table.names.slice(0, count) };
}

const tablePicture = (table: TableData, names: string[], values: number[]) => ({
  kind: 'table' as const,
  caption: table.caption,
  header: table.header,
  rows: names.map((name, i) => [name, `${values[i]}`]),
});

export const DATA_TEMPLATES: Template[] = [
  {
    id: 'mo-data-bar-read',
    title: 'Säulendiagramm ablesen',
    version: 1,
    topic: 'data',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const { chart, categories, values, picture } = chartData(r);
      const i = r.int(0, categories.length - 1);
      return {
        prompt: chart.ask(categories[i]!),
        answer: num(values[i]!),
        representation: picture,
        hint: 'Gehe vom oberen Ende der Säule waagerecht nach links zur Achse und lies die Zahl ab.',
      };
    },
  },
  {
    id: 'mo-data-bar-difference',
    title: 'Unterschied im Säulendiagramm',
    version: 1,
    topic: 'data',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const { chart, categories, values, picture } = chartData(r);
      const [i, j] = pickDistinct(r, [...categories.keys()], 2) as [number, number];
      const [large, small] = values[i]! > values[j]! ? [i, j] : [j, i];
      return {
        prompt: chart.more(categories[large]!, categories[small]!),
        answer: num(values[large]! - values[small]!),
        representation: picture,
        hint: 'Lies beide Säulen ab und ziehe den kleineren Wert vom größeren ab.',
      };
    },
  },
  {
    id: 'mo-data-bar-most',
    title: 'Größte oder kleinste Säule',
    version: 1,
    topic: 'data',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const { chart, categories, values, picture } = chartData(r, 4);
      const isMostAsked = r.int(0, 1) === 1;
      const best = values.indexOf(isMostAsked ? Math.max(...values) : Math.min(...values));
      return {
        prompt: chart.most[isMostAsked ? 0 : 1],
        answer: choice(
          r,
          categories[best]!,
          categories.filter((_, i) => i !== best),
        ),
        representation: picture,
        hint: isMostAsked ? 'Suche die höchste Säule.' : 'Suche die niedrigste Säule.',
      };
    },
  },
  {
    id: 'mo-data-table-total',
    title: 'Summe aus einer Tabelle',
    version: 1,
    topic: 'data',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const { table, values, names } = tableData(r, true);
      return {
        prompt: table.total!,
        answer: num(values.reduce((a, b) => a + b, 0)),
        representation: tablePicture(table, names, values),
        hint: 'Addiere die Werte nacheinander; schreibe Zwischenergebnisse auf.',
      };
    },
  },
  {
    id: 'mo-data-table-range',
    title: 'Spannweite aus einer Tabelle',
    version: 1,
    topic: 'data',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const { table, values, names } = tableData(r);
      if (Math.max(...values) === Math.min(...values)) values[0] = values[0]! + 1;
      return {
        prompt: `Wie groß ist die Spannweite der Werte in der Spalte „${table.header[1]}“?`,
        answer: num(Math.max(...values) - Math.min(...values)),
        representation: tablePicture(table, names, values),
        hint: 'Die Spannweite ist der größte Wert minus der kleinste Wert.',
      };
    },
  },
  {
    id: 'mo-data-table-mean',
    title: 'Mittelwert aus einer Tabelle',
    version: 1,
    topic: 'data',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const { table, values, names } = tableData(r);
      // The last value is chosen so that the mean has at most one decimal place (x,5).
      const [low, high] = table.range;
      const rest = values.slice(0, -1).reduce((a, b) => a + b, 0);
      const options = Array.from({ length: high - low + 1 }, (_, i) => low + i).filter(
        (v) => ((rest + v) * 2) % values.length === 0,
      );
      values[values.length - 1] = r.pick(options);
      const mean = q(
        values.reduce((a, b) => a + b, 0),
        values.length,
      );
      return {
        prompt: `Berechne den Mittelwert der Werte in der Spalte „${table.header[1]}“.`,
        answer: num(mean),
        representation: tablePicture(table, names, values),
        hint: `Addiere alle Werte und teile die Summe durch ihre Anzahl (${de(values.length)}).`,
      };
    },
  },
];
