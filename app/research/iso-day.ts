// A study's dates (stored as DATE, read as midnight UTC) as YYYY-MM-DD.
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
