// Money (grades 3–4): euros and cents, change, a kiosk's price list, savings in a bar chart,
// the price of one and of several. Answers in € are shown with two decimals ("12,50 €").
import type { Representation } from '../representation';
import type { Random, Template } from './task-types';
import { de, drawUntil, euro, euros, inUnit, shuffle } from './templates-numbers-kit';

// What you buy, in the accusative with its article: "Du kaufst einen Ball …".
const THINGS = ['ein Buch', 'einen Ball', 'eine Tasse', 'einen Rucksack', 'ein Puzzle', 'eine Mütze', 'einen Füller'];
// [singular, plural, price range in cent]
const SNACKS: [string, string, number, number][] = [
  ['Brezel', 'Brezeln', 60, 120],
  ['Apfel', 'Äpfel', 30, 80],
  ['Banane', 'Bananen', 25, 70],
  ['Muffin', 'Muffins', 110, 220],
  ['Brötchen', 'Brötchen', 35, 90],
  ['Joghurt', 'Joghurts', 55, 130],
];
const SUPPLIES: [string, string][] = [
  ['Heft', 'Hefte'],
  ['Stift', 'Stifte'],
  ['Radiergummi', 'Radiergummis'],
  ['Block', 'Blöcke'],
  ['Lineal', 'Lineale'],
];
const NAMES = ['Mia', 'Ben', 'Lea', 'Tim', 'Emma', 'Paul', 'Elif', 'Noah'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai'];
const NOTES = [500, 1000, 2000, 5000];

const pieces = (count: number, [singular, plural]: readonly [string, string, ...unknown[]]) =>
  `${count} ${count === 1 ? singular : plural}`;
// A price in cent that is not a whole number of euros: 7,35 €, 4,99 €, 12,04 €.
const priceBetween = (r: Random, min: number, max: number) =>
  drawUntil(
    () => r.int(min, max) * 5 - (r.int(0, 3) === 0 ? 1 : 0),
    (cents) => cents % 100 !== 0,
  );

export const MONEY_TEMPLATES: Template[] = [
  {
    id: 'nu-mo-cent-to-euro',
    title: 'Cent in Euro umwandeln',
    version: 1,
    topic: 'money',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const cents = drawUntil(
        () => r.int(1, 29) * 100 + r.pick([r.int(1, 9), r.int(1, 9) * 10, r.int(11, 99)]),
        (c) => c % 10 !== 0 || r.int(0, 1) === 0,
      );
      return {
        prompt: `Schreibe ${de(cents)} ct in Euro.`,
        answer: euros(cents),
        hint: '100 ct sind 1 €. Nach dem Komma stehen die Cent immer mit zwei Ziffern.',
      };
    },
  },
  {
    id: 'nu-mo-euro-to-cent',
    title: 'Euro in Cent umwandeln',
    version: 1,
    topic: 'money',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const cents = r.int(1, 29) * 100 + r.pick([r.int(1, 9), r.int(1, 9) * 10, r.int(11, 99)]);
      return {
        prompt: `Wie viele Cent sind ${euro(cents)}?`,
        answer: inUnit(cents, 'ct'),
        hint: '1 € sind 100 ct. Achte auf die Ziffern nach dem Komma.',
      };
    },
  },
  {
    id: 'nu-mo-change',
    title: 'Rückgeld berechnen',
    version: 1,
    topic: 'money',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const price = priceBetween(r, 21, 899);
      const note = NOTES.find((n) => n > price)!;
      return {
        prompt:
          `Du kaufst ${r.pick(THINGS)} für ${euro(price)} und bezahlst mit einem ${note / 100}-€-Schein. ` +
          'Wie viel Rückgeld bekommst du?',
        answer: euros(note - price),
        hint: 'Ergänze vom Preis bis zum Schein: erst bis zum nächsten vollen Euro, dann weiter.',
      };
    },
  },
  {
    id: 'nu-mo-price-table',
    title: 'Einkauf mit Preisliste',
    version: 1,
    topic: 'money',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const snacks = shuffle(r, SNACKS).slice(0, 4);
      const prices = snacks.map(([, , min, max]) => r.int(min / 5, max / 5) * 5);
      const table: Representation = {
        kind: 'table',
        caption: 'Preise am Schulkiosk',
        header: ['Ware', 'Preis'],
        rows: snacks.map(([name], i) => [name, euro(prices[i]!)]),
      };
      const [i, j] = shuffle(r, [0, 1, 2, 3]) as [number, number];
      const [a, b] = drawUntil(
        () => [r.int(1, 4), r.int(1, 3)] as const,
        ([x, y]) => x + y >= 3,
      );
      const total = a * prices[i]! + b * prices[j]!;
      return {
        prompt: `Du kaufst ${pieces(a, snacks[i]!)} und ${pieces(b, snacks[j]!)}. Wie viel musst du bezahlen?`,
        answer: euros(total),
        representation: table,
        hint: 'Rechne zuerst den Preis für jede Ware aus der Tabelle aus und addiere dann.',
      };
    },
  },
  {
    id: 'nu-mo-savings-chart',
    title: 'Erspartes im Säulendiagramm',
    version: 1,
    topic: 'money',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const name = r.pick(NAMES);
      const values = drawUntil(
        () => MONTHS.slice(0, 4).map(() => r.int(1, 10) * 2),
        (v) => new Set(v).size > 1,
      );
      const chart: Representation = {
        kind: 'bar-chart',
        title: `So viel hat ${name} gespart`,
        categories: MONTHS.slice(0, 4),
        values,
        axisMax: 20,
        axisStep: 2,
        unit: '€',
      };
      const [i, j] = drawUntil(
        () => [r.int(0, 3), r.int(0, 3)] as const,
        ([x, y]) => values[x]! > values[y]!,
      );
      if (r.int(0, 1) === 0)
        return {
          prompt: `Wie viel Euro hat ${name} von Januar bis April zusammen gespart?`,
          answer: euros(values.reduce((sum, v) => sum + v, 0) * 100),
          representation: chart,
          hint: 'Lies jede Säule genau an der Skala ab und addiere alle Beträge.',
        };
      return {
        prompt: `Wie viel Euro hat ${name} im ${MONTHS[i]} mehr gespart als im ${MONTHS[j]}?`,
        answer: euros((values[i]! - values[j]!) * 100),
        representation: chart,
        hint: 'Lies beide Säulen genau ab und bilde den Unterschied.',
      };
    },
  },
  {
    id: 'nu-mo-unit-price',
    title: 'Preis für ein Stück und für mehrere',
    version: 1,
    topic: 'money',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const item = r.pick(SUPPLIES);
      const [count, each] = [r.int(2, 8), priceBetween(r, 7, 50)];
      if (r.int(0, 1) === 0)
        return {
          prompt: `${pieces(count, item)} kosten zusammen ${euro(count * each)}. Wie viel kostet ein ${item[0]}?`,
          answer: euros(each),
          hint: 'Teile den Gesamtpreis durch die Anzahl. Rechne dazu in Cent.',
        };
      return {
        prompt: `Ein ${item[0]} kostet ${euro(each)}. Wie viel kosten ${pieces(count, item)}?`,
        answer: euros(count * each),
        hint: 'Nimm den Preis für ein Stück mal die Anzahl. Rechne dazu in Cent.',
      };
    },
  },
];
