// A study's dates (stored as DATE, read as midnight UTC) as YYYY-MM-DD.
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

// The Monday of a date's ISO week and the Sunday after it (YYYY-MM-DD in, YYYY-MM-DD out).
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return isoDay(new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS));
}
export function weekEndOf(day: string): string {
  return isoDay(new Date(new Date(`${weekStartOf(day)}T00:00:00Z`).getTime() + 6 * DAY_MS));
}
