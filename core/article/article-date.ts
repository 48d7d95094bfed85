/** A date as an article writes it: "October 11, 2022", "16/12/2015", "Oct. 11", "2022-10-11". */
export interface DateMention {
  text: string;
  /** Where `text` starts in the searched string. */
  index: number;
  year: number | null;
  month: number;
  day: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

type Reader = (match: RegExpExecArray) => { year: number | null; month: number; day: number } | null;

function monthNumber(name: string): number | null {
  // "may" in lower case is the verb, not the month.
  if (name[0] !== name[0]?.toUpperCase()) return null;
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

function dayFirst(a: number, b: number): { day: number; month: number } {
  // Vietnamese and most of the world's media write day/month; month/day only when nothing else fits.
  return a <= 12 && b > 12 ? { day: b, month: a } : { day: a, month: b };
}

const yearOf = (text: string | undefined): number | null => (text === undefined ? null : Number(text));

const PATTERNS: [RegExp, Reader][] = [
  [/(?<![\d/.-])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/gu, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [
    /\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:(?:\s+năm\s+|\s*,\s*)(\d{4}))?(?!\d)/giu,
    (m) => ({ year: yearOf(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  ],
  [
    /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-]?\d)/gu,
    (m) => ({ year: Number(m[3]), ...dayFirst(Number(m[1]), Number(m[2])) }),
  ],
  [
    new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:])`, 'giu'),
    (m) => {
      const month = monthNumber(m[1] ?? '');
      return month === null ? null : { year: yearOf(m[3]), month, day: Number(m[2]) };
    },
  ],
  [
    new RegExp(`(?<![\\d/.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?:,?\\s+(\\d{4}))?(?!\\w)`, 'giu'),
    (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === null ? null : { year: yearOf(m[3]), month, day: Number(m[1]) };
    },
  ],
];

/** "11/10" with no year: only trusted where the whole text is a date (a date line, a dateline). */
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/.-]?\d)/gu;

function daysInMonth(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function isValid(year: number | null, month: number, day: number): boolean {
  const plausibleYear = year === null || (year >= 1900 && year <= 2199);
  return plausibleYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** Every date in `text`, in order of position; year-less day/month numbers only when `dayMonthNumbers`. */
export function findDates(text: string, dayMonthNumbers = false): DateMention[] {
  const found: DateMention[] = [];
  const patterns: [RegExp, Reader][] = dayMonthNumbers
    ? [...PATTERNS, [DAY_MONTH, (m) => ({ year: null, ...dayFirst(Number(m[1]), Number(m[2])) })]]
    : PATTERNS;
  for (const [pattern, read] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const date = read(match);
      const index = match.index;
      const overlaps = found.some((other) => index < other.index + other.text.length && other.index < index + match[0].length);
      if (date && isValid(date.year, date.month, date.day) && !overlaps) found.push({ text: match[0], index, ...date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date when `text` is nothing but one date, else null. */
export function parseWholeDate(text: string): DateMention | null {
  const trimmed = text.trim();
  const [date] = findDates(trimmed, true);
  return date && date.index === 0 && date.text.length === trimmed.length ? date : null;
}

/** YYYY-MM-DD, taking a missing year from `fallbackYear`; null when there is no year at all. */
export function isoDate(date: DateMention, fallbackYear: number | null): string | null {
  const year = date.year ?? fallbackYear;
  if (year === null || !isValid(year, date.month, date.day)) return null;
  return `${String(year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
