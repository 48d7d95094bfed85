import type { EventFact } from './extraction';
import { isAcronymLike } from './extract-acronym-tokens';
import { isCalendarWord } from './extract-calendar';
import { EVENT_HEADS, EVENT_LINKS, EVENT_MODIFIERS, EVENT_STOPS } from './extract-event-words';
import { MentionCollector } from './extract-mentions';
import { isNumberWord, isOrdinal } from './extract-number-words';
import { CLAUSE_WORDS, FUNCTION_WORDS, isPastTense } from './extract-stop-words';
import { adjacent, isCapitalised, stripPossessive, readWords, type Word } from './extract-words';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const NOT_EVENTS_AFTER = new Set(['to', 'he', 'she', 'it', 'they', 'we', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'via']);
const TRAILING = new Set(['and', 'or', 'of', 'on', 'for', 'the', 'a', 'an', 'to', 'with', 'between', 'among']);
const LONGEST_NAME = 15;

function endsPhrase(word: string): boolean {
  return EVENT_STOPS.has(word) || CLAUSE_WORDS.has(word) || isPastTense(word);
}

// Ordinals, numbers, capitalised words and a few lower-case modifiers: "The 16th", "joint", "EWG PKO’s".
function modifierKind(word: string): 'qualifier' | 'plain' | null {
  const bare = stripPossessive(word);
  if (isOrdinal(bare) || isAcronymLike(bare)) return 'qualifier';
  if (isCapitalised(bare) && !FUNCTION_WORDS.has(bare.toLowerCase()) && !isCalendarWord(bare)) return 'qualifier';
  if (/^\d[\d,.]*$/.test(bare) || isNumberWord(bare.toLowerCase()) || EVENT_MODIFIERS.has(bare)) return 'plain';
  return null;
}

// After a comma the name goes on only through a short list: "a seminar on women, peace and security".
function listAfterComma(text: string, words: readonly Word[], at: number): number {
  let last = -1;
  let joined = false;
  for (let i = at; i < words.length && i - at < 6; i++) {
    const word = words[i] as Word;
    if ((i > at && !adjacent(text, words[i - 1] as Word, word)) || endsPhrase(word.text)) break;
    joined ||= word.text === 'and' || word.text === 'or';
    last = i;
  }
  return joined ? last : -1;
}

// "of the Experts' Working Group on Peacekeeping Operations": the index of the last word taken, or `head`.
function readLink(text: string, words: readonly Word[], head: number): number {
  const link = words[head + 1];
  const object = words[head + 2];
  if (!link || !object || !EVENT_LINKS.has(link.text) || !adjacent(text, words[head] as Word, link)) return head;
  if (link.text === 'to' && !(words[head] as Word).text.startsWith('visit')) return head;
  let last = head + 1;
  for (let i = head + 2; i < words.length && i - head <= LONGEST_NAME; i++) {
    const word = words[i] as Word;
    const gap = text.slice((words[i - 1] as Word).end, word.start);
    if (/^\s+$/.test(gap)) {
      if (endsPhrase(word.text) || isCalendarWord(word.text) || /^\d/.test(word.text)) break;
      last = i;
    } else if (/^\s*,\s+$/.test(gap)) {
      const end = listAfterComma(text, words, i);
      if (end === -1) break;
      last = end;
      i = end;
    } else {
      break;
    }
  }
  while (last > head && TRAILING.has((words[last] as Word).text)) last--;
  return last;
}

/** The events a paragraph names, in order: "The 16th Meeting of …", "training courses on UN peacekeeping". */
export function findEvents(text: string): string[] {
  const words = readWords(text);
  const events: string[] = [];
  let covered = -1;
  words.forEach((word, head) => {
    if (head <= covered || !EVENT_HEADS.has(word.text.toLowerCase())) return;
    const next = words[head + 1];
    if (word.text.toLowerCase().startsWith('course') && next?.text === 'of') return;
    let first = head;
    let qualified = isCapitalised(word.text);
    while (first > 0 && head - first < 5) {
      const before = words[first - 1] as Word;
      const kind = adjacent(text, before, words[first] as Word) ? modifierKind(before.text) : null;
      if (!kind) break;
      qualified ||= kind === 'qualifier';
      first--;
    }
    const opener = words[first - 1];
    if (opener && DETERMINERS.has(opener.text.toLowerCase()) && adjacent(text, opener, words[first] as Word)) first--;
    const before = words[first - 1];
    if (first === head && before && NOT_EVENTS_AFTER.has(before.text.toLowerCase())) return;
    const last = readLink(text, words, head);
    if (!qualified && last === head) return;
    covered = last;
    events.push(text.slice((words[first] as Word).start, (words[last] as Word).end).replace(/\s+/g, ' '));
  });
  return events;
}

/** Meetings, visits, exercises… the article names, each with the paragraphs naming it. */
export function extractEvents(paragraphs: readonly string[]): EventFact[] {
  const events = new MentionCollector<{ text: string }>();
  paragraphs.forEach((paragraph, index) => {
    for (const text of findEvents(paragraph)) events.note(text, index, () => ({ text }));
  });
  return events.facts((event) => event.text);
}
