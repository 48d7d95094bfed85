/** Month names and their usual abbreviations, as written in English news, to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6],
  ['July', 7], ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8],
  ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** True for "October", "Oct", "Monday": words that name a time, not a person or place. */
export function isCalendarWord(word: string): boolean {
  return MONTHS.has(word) || WEEKDAYS.has(word);
}

/** The number of days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2022-10-11" from numbers, or null when there is no such day. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
