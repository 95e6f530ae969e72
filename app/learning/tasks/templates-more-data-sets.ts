// The bar charts and tables the data templates draw from: what they show, the value range, and
// the questions that fit them.
export type Chart = {
  title: string;
  categories: string[];
  unit: string;
  step: number; // every value is a multiple of it, and so is every grid line
  max: number;
  ask: (category: string) => string;
  more: (larger: string, smaller: string) => string;
  most: [string, string]; // "am häufigsten …?", "am seltensten …?"
};

export const CHARTS: Chart[] = [
  {
    title: 'Lieblingssport der Klasse 4b',
    categories: ['Fußball', 'Schwimmen', 'Turnen', 'Tennis', 'Reiten', 'Basketball', 'Tanzen'],
    unit: 'Kinder',
    step: 1,
    max: 12,
    ask: (c) => `Wie viele Kinder haben ${c} als Lieblingssport?`,
    more: (a, b) => `Wie viele Kinder mehr mögen ${a} am liebsten als ${b}?`,
    most: ['Welchen Sport mögen die meisten Kinder?', 'Welchen Sport mögen die wenigsten Kinder?'],
  },
  {
    title: 'Besucher im Zoo',
    categories: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    unit: 'Besucher',
    step: 50,
    max: 600,
    ask: (c) => `Wie viele Besucher kamen am ${c} in den Zoo?`,
    more: (a, b) => `Wie viele Besucher kamen am ${a} mehr als am ${b}?`,
    most: ['An welchem Tag kamen die meisten Besucher?', 'An welchem Tag kamen die wenigsten Besucher?'],
  },
  {
    title: 'Verkaufte Waffeln beim Schulfest',
    categories: ['5a', '5b', '5c', '5d', '6a', '6b', '6c'],
    unit: 'Waffeln',
    step: 5,
    max: 60,
    ask: (c) => `Wie viele Waffeln hat die Klasse ${c} verkauft?`,
    more: (a, b) => `Wie viele Waffeln hat die Klasse ${a} mehr verkauft als die Klasse ${b}?`,
    most: ['Welche Klasse hat die meisten Waffeln verkauft?', 'Welche Klasse hat die wenigsten Waffeln verkauft?'],
  },
  {
    title: 'Gesammelte Pfandflaschen',
    categories: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni'],
    unit: 'Flaschen',
    step: 10,
    max: 120,
    ask: (c) => `Wie viele Flaschen wurden im ${c} gesammelt?`,
    more: (a, b) => `Wie viele Flaschen wurden im ${a} mehr gesammelt als im ${b}?`,
    most: [
      'In welchem Monat wurden die meisten Flaschen gesammelt?',
      'In welchem Monat wurden die wenigsten Flaschen gesammelt?',
    ],
  },
];

export type TableData = {
  caption: string;
  header: [string, string];
  names: string[];
  range: [number, number];
  total: string | null; // the question for the sum, where a sum makes sense
};
export const TABLES: TableData[] = [
  {
    caption: 'Verkaufte Lose beim Schulfest',
    header: ['Klasse', 'Lose'],
    names: ['4a', '4b', '4c', '4d', '4e'],
    range: [12, 95],
    total: 'Wie viele Lose haben die Klassen zusammen verkauft?',
  },
  {
    caption: 'Gelaufene Runden beim Sponsorenlauf',
    header: ['Name', 'Runden'],
    names: ['Ali', 'Berit', 'Chiara', 'David', 'Emil', 'Fatma'],
    range: [8, 35],
    total: 'Wie viele Runden sind die Kinder zusammen gelaufen?',
  },
  {
    caption: 'Ausgeliehene Bücher in der Schulbücherei',
    header: ['Tag', 'Bücher'],
    names: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
    range: [15, 80],
    total: 'Wie viele Bücher wurden in dieser Woche insgesamt ausgeliehen?',
  },
  {
    caption: 'Weitsprung in cm',
    header: ['Name', 'Weite in cm'],
    names: ['Greta', 'Hamid', 'Ida', 'Jonas', 'Kemal', 'Lina'],
    range: [210, 380],
    total: null,
  },
  {
    caption: 'Temperatur mittags in °C',
    header: ['Tag', '°C'],
    names: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    range: [8, 27],
    total: null,
  },
];
