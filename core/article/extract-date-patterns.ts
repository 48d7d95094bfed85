import { MONTHS, isoDay } from './extract-calendar';
import { LETTERS } from './extract-letters';

/** A date written in a paragraph: its text, offsets, and ISO form when sure. */
export interface DateSpan {
  text: string;
  start: number;
  end: number;
  iso: string | null;
}

type Reader = (match: RegExpExecArray, year: number | null) => { iso: string | null; group?: number } | null;

const MONTH = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => (name.length <= 4 ? `${name}\\.?` : name))
  .join('|');
const B = `(?<![${LETTERS}])`;
const E = `(?![${LETTERS}])`;

function year(text: string | undefined): number | null {
  const value = Number(text);
  return text !== undefined && value >= 1900 && value <= 2099 ? value : null;
}

function month(name: string | undefined): number {
  return MONTHS.get((name ?? '').replace(/\.$/, '')) ?? 0;
}

function dayIn(y: number | null, m: number, d: number): string | null {
  return y === null ? null : isoDay(y, m, d);
}

function isoMonth(y: number, m: number): string | null {
  return m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, '0')}` : null;
}

// Day/month/year, unless only month/day/year makes sense (month > 12).
function numeric(first: number, second: number, y: number | null): string | null {
  if (first > 12 && second <= 12) return dayIn(y, second, first);
  if (second > 12 && first <= 12) return dayIn(y, first, second);
  return dayIn(y, second, first);
}

/** Each pattern (global, with indices) and how to read it; the longest wins where they overlap at the same start. */
export const DATE_PATTERNS: ReadonlyArray<[RegExp, Reader]> = [
  [new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'dg'), (m) => ({ iso: dayIn(year(m[1]), Number(m[2]), Number(m[3])) })],
  [
    new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${E}`, 'dg'),
    (m) => (year(m[4]) === null ? null : { iso: numeric(Number(m[1]), Number(m[3]), year(m[4])) }),
  ],
  [
    new RegExp(`${B}ngày\\s+(\\d{1,2})(?:\\s+tháng\\s+|/)(\\d{1,2})(?:(?:\\s+năm\\s+|/)(\\d{4}))?${E}`, 'dgi'),
    (m, y) => ({ iso: dayIn(m[3] === undefined ? y : year(m[3]), Number(m[2]), Number(m[1])) }),
  ],
  [
    new RegExp(`${B}tháng\\s+(\\d{1,2})(?:\\s+năm\\s+|/)(\\d{4})${E}`, 'dgi'),
    (m) => {
      const y = year(m[2]);
      return y === null ? null : { iso: isoMonth(y, Number(m[1])) };
    },
  ],
  [
    new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'dg'),
    (m, y) => ({ iso: dayIn(m[3] === undefined ? y : year(m[3]), month(m[1]), Number(m[2])) }),
  ],
  [
    new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?${E}`, 'dg'),
    (m, y) => ({ iso: dayIn(m[3] === undefined ? y : year(m[3]), month(m[2]), Number(m[1])) }),
  ],
  [
    new RegExp(`${B}(${MONTH})\\s+(\\d{4})${E}`, 'dg'),
    (m) => {
      const y = year(m[2]);
      return y === null ? null : { iso: isoMonth(y, month(m[1])) };
    },
  ],
  [
    new RegExp(`${B}(\\d{4})\\s*[-–—]\\s*(\\d{4}|\\d{2})${E}`, 'dg'),
    (m) => {
      const from = year(m[1]);
      const to = year(m[2]?.length === 2 ? `${m[1]?.slice(0, 2)}${m[2]}` : m[2]);
      return from === null || to === null || to <= from ? null : { iso: `${from}/${to}` };
    },
  ],
  [
    new RegExp(`${B}(?:in|since|by|from|until|till|during|before|after|of|through|early|late|mid-?|end of|năm)\\s*(\\d{4})${E}(?![-–—/.,]\\d)`, 'dgi'),
    (m) => {
      const y = year(m[1]);
      return y === null ? null : { iso: String(y), group: 1 };
    },
  ],
];
