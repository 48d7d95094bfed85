import { findDates, type DateMention } from './article-date';

/** A publication date found on a line of its own, or glued to the start of one. */
export interface DateLine {
  date: DateMention;
  /** The date as written, with its weekday or label: "Thứ ba, 11/10/2022", "date 2022-10-11". */
  written: string;
  /** What followed the date on the same line ("" for a date line of its own). */
  rest: string;
}

const WEEKDAY =
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật';
const LABEL = '(?:last updated|published on|posted on|published|updated|posted|dated|date|ngày đăng|đăng ngày|đăng lúc|cập nhật|ngày)';
const TIME = '\\d{1,2}\\s*[:h]\\s*\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|sa|ch)?';
const ZONE = '(?:gmt|utc)\\s*(?:[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|ict|jst|\\+0[0-9]:?00';

const DECORATION = new RegExp(`(?:${WEEKDAY}|${LABEL}|${TIME}|${ZONE}|\\b(?:on|at|lúc)\\b|[\\s,|:;.•·()\\[\\]/–—-])`, 'giu');
const LEADING_LABEL = new RegExp(`^(?:(?:${LABEL})\\s*:?\\s*)?(?:(?:${WEEKDAY})\\s*,?\\s*)?`, 'iu');

/** A line that is only a date, perhaps with weekday, time, time zone and a label ("Published: …"). */
export function readDateLine(line: string): DateLine | null {
  const dates = findDates(line, true);
  const [date] = dates;
  if (!date || line.length > 80) return null;
  const leftover = (line.slice(0, date.index) + ' ' + line.slice(date.index + date.text.length)).replace(DECORATION, '');
  return leftover === '' ? { date, written: line, rest: '' } : null;
}

/** A line starting with a full date and going on with other text: "date 2022-10-11 Col. Nguyen … (Photo: qdnd.vn)". */
export function readLeadingDate(line: string): DateLine | null {
  const label = LEADING_LABEL.exec(line)?.[0] ?? '';
  const [date] = findDates(line.slice(label.length));
  if (!date || date.index !== 0 || date.year === null) return null;
  const end = label.length + date.text.length;
  const rest = line.slice(end);
  if (!/^[\s,|:–—-]/.test(rest)) return null;
  return { date, written: line.slice(0, end), rest: rest.replace(/^[\s,|:–—-]+/, '') };
}
