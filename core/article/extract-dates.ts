import type { DateFact } from './extraction';
import { DATE_PATTERNS, type DateSpan } from './extract-date-patterns';
import { MentionCollector } from './extract-mentions';

/** The year of a YYYY-MM-DD publication date, or null. */
export function publishedYear(published: string | null): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(published ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The dates a paragraph writes, left to right, none overlapping: "October
 * 11" (in the year of publication), "11 October 2022", "16/12/2015",
 * "2022-10-11", "2021-2023", "in 2015", "ngày 11 tháng 10 năm 2022".
 */
export function findDates(text: string, year: number | null): DateSpan[] {
  const candidates: DateSpan[] = [];
  for (const [pattern, read] of DATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const reading = read(match, year);
      if (!reading) continue;
      const [start, end] = match.indices?.[reading.group ?? 0] ?? [match.index, match.index + match[0].length];
      candidates.push({ text: text.slice(start, end), start, end, iso: reading.iso });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: DateSpan[] = [];
  for (const candidate of candidates) {
    const previous = chosen[chosen.length - 1];
    if (!previous || candidate.start >= previous.end) chosen.push(candidate);
  }
  return chosen;
}

/** The dates the article writes, each once per text and ISO form, with the paragraphs writing it. */
export function extractDates(paragraphs: readonly string[], published: string | null): DateFact[] {
  const year = publishedYear(published);
  const dates = new MentionCollector<{ text: string; iso: string | null }>();
  paragraphs.forEach((paragraph, index) => {
    for (const { text, iso } of findDates(paragraph, year)) dates.note(`${iso}\u0000${text}`, index, () => ({ text, iso }));
  });
  return dates.facts((date) => date.text);
}
