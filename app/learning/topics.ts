// The task topics, by id and German name: all a page needs to list them. Browser-safe and tiny on
// purpose: the task templates (and their answers) never come along.
export const TOPICS = {
  'place-value': 'Stellenwerte',
  'add-subtract': 'Addieren und Subtrahieren',
  'multiply-divide': 'Multiplizieren und Dividieren',
  'fractions-reading': 'Brüche lesen',
  'fractions-expand-reduce': 'Brüche erweitern und kürzen',
  'fractions-compare': 'Brüche vergleichen',
  'fractions-add': 'Brüche addieren',
  decimals: 'Dezimalzahlen',
  percentages: 'Prozente',
  equations: 'Einfache Gleichungen',
  units: 'Größen und Einheiten',
} as const;
export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];
