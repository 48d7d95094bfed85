import type { FigureFact } from './extraction';
import { isCalendarWord } from './extract-calendar';
import { LETTERS } from './extract-letters';
import { findDates, publishedYear } from './extract-dates';
import { EVENT_STOPS } from './extract-event-words';
import { MentionCollector } from './extract-mentions';
import { NUMBER_WORDS, SCALE_WORDS } from './extract-number-words';
import { CLAUSE_WORDS, FUNCTION_WORDS } from './extract-stop-words';
import type { DateSpan } from './extract-date-patterns';
import { firstWordFrom, isPossessive, readWords, stripPossessive, type Word } from './extract-words';

interface NumberSpan {
  start: number;
  end: number;
  /** A currency, a percentage or a scale word already says what the number is. */
  complete: boolean;
  /** "hundreds", "thousands": may go on with "of …". */
  plural: boolean;
  year: boolean;
}

// "Three" at the start of a sentence: both cases of the first letter.
const WORD_NUMBER = [...NUMBER_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`)
  .join('|');
const NUMERIC = new RegExp(
  `(?<![${LETTERS}$€£¥.,/-])((?:US|A|S|HK|NZ|C)?\\$|€|£|¥|VND\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
    `(?![${LETTERS}]|[.,/:]\\d|\\s*[-–]\\s*\\d)` +
    `(\\s+(?:million|billion|trillion|thousand|hundred)(?![${LETTERS}]))?` +
    `(\\s*%|\\s+(?:percent|per cent|dollars?|euros?|yen|dong|USD|VND)(?![${LETTERS}]))?`,
  'g',
);
const WORDED = new RegExp(`(?<![${LETTERS}-])(?:${WORD_NUMBER})(?:[-\\s](?:${WORD_NUMBER}))*(?![${LETTERS}-])`, 'g');
const LONGEST_COUNTED = 3;

function numberSpans(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const match of text.matchAll(NUMERIC)) {
    const amount = match[2] ?? '';
    const complete = Boolean(match[1] || match[3] || match[4]);
    const year = !complete && /^\d{4}$/.test(amount) && Number(amount) >= 1900 && Number(amount) <= 2099;
    spans.push({ start: match.index, end: match.index + match[0].length, complete, plural: false, year });
  }
  for (const match of text.matchAll(WORDED)) {
    const last = match[0].toLowerCase().split(/[-\s]/).pop() ?? '';
    spans.push({ start: match.index, end: match.index + match[0].length, complete: false, plural: SCALE_WORDS.has(last) && last.endsWith('s'), year: false });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function endsCount(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || CLAUSE_WORDS.has(lower) || EVENT_STOPS.has(lower) || isCalendarWord(word) || /^\p{N}/u.test(word);
}

function isPlural(word: string): boolean {
  return word.length > 3 && /s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

// "training courses", "troops", "of troops" after "hundreds": the last word counted, or null.
function countedAfter(text: string, words: readonly Word[], span: NumberSpan): Word | null {
  let at = firstWordFrom(words, span.end);
  let previousEnd = span.end;
  let last: Word | null = null;
  let taken = 0;
  while (at < words.length && taken < LONGEST_COUNTED) {
    const word = words[at] as Word;
    if (!/^\s+$/.test(text.slice(previousEnd, word.start))) break;
    if (word.text === 'of' && span.plural && taken === 0 && last === null) {
      previousEnd = word.end;
      at++;
      continue;
    }
    if (endsCount(word.text)) break;
    last = word;
    taken++;
    if (isPossessive(word.text) || isPlural(word.text)) break;
    previousEnd = word.end;
    at++;
  }
  return last;
}

/** The figures a paragraph gives, with what they count: "three training courses", "US$2 million", "15 percent". */
export function findFigures(text: string, year: number | null): string[] {
  const dates = findDates(text, year);
  const words = readWords(text);
  const figures: string[] = [];
  let covered = -1;
  let date = 0;
  for (const span of numberSpans(text)) {
    while (date < dates.length && (dates[date] as DateSpan).end <= span.start) date++;
    const overlapping = dates[date];
    if (span.start < covered || span.year || (overlapping && overlapping.start < span.end)) continue;
    const counted = span.complete ? null : countedAfter(text, words, span);
    if (!span.complete && !counted) continue;
    const end = counted ? counted.end : span.end;
    covered = end;
    const figure = text.slice(span.start, end).replace(/\s+/g, ' ');
    figures.push(counted && isPossessive(counted.text) ? stripPossessive(figure) : figure);
  }
  return figures;
}

/** The figures the article gives, each once, with the paragraphs giving it. Years, dates and ordinals are not figures. */
export function extractFigures(paragraphs: readonly string[], published: string | null): FigureFact[] {
  const year = publishedYear(published);
  const figures = new MentionCollector<{ text: string }>();
  paragraphs.forEach((paragraph, index) => {
    for (const text of findFigures(paragraph, year)) figures.note(text, index, () => ({ text }));
  });
  return figures.facts((figure) => figure.text);
}
