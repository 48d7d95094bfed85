import { isAcronymLike } from './extract-acronym-tokens';
import { isCalendarWord } from './extract-calendar';
import {
  ORGANISATION_HEADS,
  ORGANISATION_OPENERS_TO_SKIP,
  VIETNAMESE_BOUNDARY_WORDS,
  VIETNAMESE_ORGANISATION_HEADS,
} from './extract-organisation-words';
import { isPlaceWord } from './extract-place-index';
import { FUNCTION_WORDS } from './extract-stop-words';
import { adjacent, isCapitalised, isPossessive, readWords, stripPossessive, type Word } from './extract-words';

const LINKS = new Set(['of', 'for', 'on']);
const JOINS = new Set(['and', '&']);
const LONGEST_MODIFIERS = 6;
const LONGEST_CONTINUATION = 8;

function isHead(word: Word): boolean {
  return ORGANISATION_HEADS.has(word.text);
}

// Capitalised words that may stand before a head: "Defence Policy", "Vietnam People's".
function isModifier(word: Word): boolean {
  const text = word.text;
  if (!isCapitalised(text) || FUNCTION_WORDS.has(text.toLowerCase()) || isCalendarWord(text)) return false;
  if (ORGANISATION_OPENERS_TO_SKIP.has(text)) return false;
  return !(isPossessive(text) && isPlaceWord(stripPossessive(text)));
}

function isNamePart(word: Word): boolean {
  return isCapitalised(word.text) || isAcronymLike(word.text) || /^\p{N}/u.test(word.text);
}

// "of Peacekeeping Operations", "for Defence Studies and Analyses": returns the index of the last word taken.
// "and" joins only within a name, not to the next one ("… of Defence and the UN …", "… and Japan").
function readContinuation(text: string, words: readonly Word[], head: number): number {
  let last = head;
  let i = head + 1;
  while (i < words.length && i - head <= LONGEST_CONTINUATION) {
    const link = words[i] as Word;
    if (!adjacent(text, words[i - 1] as Word, link)) break;
    const joining = JOINS.has(link.text);
    if (!LINKS.has(link.text) && !(joining && i > head + 1)) break;
    let j = i + 1;
    if (!joining && words[j]?.text === 'the' && adjacent(text, link, words[j] as Word)) j++;
    const start = j;
    while (j < words.length && isNamePart(words[j] as Word) && adjacent(text, words[j - 1] as Word, words[j] as Word)) j++;
    if (j === start || isCalendarWord((words[start] as Word).text)) break;
    if (joining && words.slice(start, j).some((word) => isHead(word) || isPlaceWord(word.text))) break;
    last = j - 1;
    i = j;
  }
  return last;
}

// "International Policy Division of the Defence Policy Bureau" is two organisations; "Ministry of Defence" is one.
function joinsAnother(words: readonly Word[], head: number, last: number, hasModifiers: boolean): boolean {
  if (!hasModifiers || last === head) return false;
  const carried = words.slice(head + 1, last + 1);
  return carried.some((word) => word.text === 'the') && carried.some(isHead);
}

interface NameSpan {
  name: string;
  start: number;
  end: number;
}

function spanOf(text: string, first: Word, last: Word): NameSpan {
  return { name: text.slice(first.start, last.end).replace(/\s+/g, ' '), start: first.start, end: last.end };
}

function englishNames(text: string, words: readonly Word[]): NameSpan[] {
  const names: NameSpan[] = [];
  let covered = -1;
  words.forEach((word, head) => {
    if (head <= covered || !isHead(word)) return;
    let first = head;
    while (first > 0 && head - first < LONGEST_MODIFIERS) {
      const before = words[first - 1] as Word;
      if (!adjacent(text, before, words[first] as Word) || !isModifier(before)) break;
      first--;
    }
    let last = readContinuation(text, words, head);
    if (joinsAnother(words, head, last, first < head)) last = head;
    if (first === head && last === head) return;
    covered = last;
    names.push(spanOf(text, words[first] as Word, words[last] as Word));
  });
  return names;
}

// "Cục Gìn giữ hòa bình Việt Nam": a Vietnamese head, a capitalised word, then on to a boundary word or punctuation.
function vietnameseNames(text: string, words: readonly Word[]): NameSpan[] {
  const names: NameSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = (words[i] as Word).text;
    const two = `${one} ${words[i + 1]?.text ?? ''}`;
    const headLength = VIETNAMESE_ORGANISATION_HEADS.has(two) ? 2 : VIETNAMESE_ORGANISATION_HEADS.has(one) ? 1 : 0;
    const opener = words[i + headLength];
    if (headLength === 0 || !opener || !isCapitalised(opener.text) || !adjacent(text, words[i + headLength - 1] as Word, opener)) continue;
    let last = i + headLength;
    while (last + 1 < words.length && last - i < 10) {
      const next = words[last + 1] as Word;
      if (!adjacent(text, words[last] as Word, next) || VIETNAMESE_BOUNDARY_WORDS.has(next.text)) break;
      last++;
    }
    names.push(spanOf(text, words[i] as Word, words[last] as Word));
    i = last;
  }
  return names;
}

// Names the article spells out for an acronym ("UN Mission in South Sudan (UNMISS)") win over shorter readings.
function knownNames(text: string, known: readonly string[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (const name of known) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      found.push({ name, start: at, end: at + name.length });
    }
  }
  return found;
}

/**
 * The organisation names written in a paragraph: the `known` names (long
 * forms of the article's acronyms) where they occur, then capitalised
 * phrases around a head word that do not overlap them.
 */
export function findOrganisationNames(text: string, known: readonly string[] = []): string[] {
  const words = readWords(text);
  const spans = knownNames(text, known);
  const outside = (name: NameSpan): boolean =>
    !spans.some((span) => name.start < span.end && name.end > span.start);
  const read = [...englishNames(text, words), ...vietnameseNames(text, words)].filter(outside);
  return [...spans, ...read].sort((a, b) => a.start - b.start).map((span) => span.name);
}
