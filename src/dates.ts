// The one test of a date typed by a person (--on, --effective, DUTYLIST_TODAY): YYYY-MM-DD and a
// day the calendar has (2025-02-30 is not one).

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
