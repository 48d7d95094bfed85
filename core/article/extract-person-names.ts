import { isCalendarWord } from './extract-calendar';
import { isAcronymLike } from './extract-acronym-tokens';
import { EVENT_HEADS } from './extract-event-words';
import { ORGANISATION_HEADS } from './extract-organisation-words';
import { isPlaceWord, placeNamed } from './extract-place-index';
import { FUNCTION_WORDS } from './extract-stop-words';
import { RANKS, ROLE_WORDS } from './extract-titles';
import { isCapitalised, stripPossessive, type Word } from './extract-words';

// Capitalised words of titles and headlines that are not parts of names.
const TITLE_NOUNS = new Set([
  'Action', 'Affairs', 'Agreement', 'Article', 'Border', 'Central', 'Chapter', 'Coast', 'Cooperation', 'Cycle',
  'Daily', 'Day', 'Declaration', 'Decree', 'Democratic', 'Development', 'East', 'Eastern', 'Economic', 'Expert',
  'Experts', 'Extraordinary', 'First', 'Grand', 'Great', 'Initiative', 'International', 'Joint', 'Law',
  'Memorandum', 'Month', 'National', 'New', 'News', 'North', 'Northern', 'Old', 'Online', 'Operation',
  'Operations', 'Page', 'Partnership', 'Peace', 'Peacekeeping', 'People', 'Photo', 'Plan', 'Plenipotentiary',
  'Plus', 'Policy', 'Post', 'Press', 'Project', 'Region', 'Relations', 'Republic', 'Resolution', 'Reuters',
  'Sea', 'Second', 'Section', 'Security', 'Socialist', 'Source', 'South', 'Southern', 'State', 'States',
  'Strategic', 'Strategy', 'Third', 'Times', 'Trade', 'Treaty', 'Tripartite', 'United', 'War', 'Week', 'West',
  'Western', 'Working', 'Year',
]);

const TITLE_WORDS = new Set(RANKS.flatMap((rank) => rank.split(' ').map((word) => word.replace(/\.$/, ''))));

// A one-letter initial: "A" in "Nguyễn Văn A", "F" in "John F. Kennedy".
function isInitial(word: string): boolean {
  return [...word].length === 1 && isCapitalised(word);
}

/** True when a word could be part of a person's name: "Nguyễn", "Matsuzawa", the initial "A". */
export function isNameWord(word: string): boolean {
  if (!isCapitalised(word)) return false;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  if (word.length > 1 && isAcronymLike(word)) return false;
  if (FUNCTION_WORDS.has(word.toLowerCase()) || isCalendarWord(word)) return false;
  if (TITLE_NOUNS.has(word) || TITLE_WORDS.has(word) || ROLE_WORDS.has(word)) return false;
  return !ORGANISATION_HEADS.has(word) && !EVENT_HEADS.has(word.toLowerCase());
}

/** True when the words read as a name rather than a place or a run of initials. */
export function looksLikeName(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || isPlaceWord(first) || placeNamed(words) !== null) return false;
  return words.some((word) => word.length > 1);
}

/** The name's text as written, possessive dropped, spaces tidied. */
export function nameText(text: string, words: readonly Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return '';
  return stripPossessive(text.slice(first.start, last.end)).replace(/\s+/g, ' ');
}

/** True when only spaces separate two words of a name, or ". " after an initial ("John F. Kennedy"). */
export function joinsName(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return /^\s+$/.test(gap) || (isInitial(left.text) && /^\.\s+$/.test(gap));
}

/** Up to four name words from `from` on, stopping at a possessive ("Canh’s"); empty when there is none. */
export function readNameForward(text: string, words: readonly Word[], from: number): Word[] {
  const name: Word[] = [];
  for (let i = from; i < words.length && name.length < 4; i++) {
    const word = words[i] as Word;
    const previous = name[name.length - 1];
    if (previous && !joinsName(text, previous, word)) break;
    const bare = stripPossessive(word.text);
    if (!isNameWord(bare) && !(previous && isInitial(bare))) break;
    name.push(word);
    if (bare !== word.text) break;
  }
  return name;
}

/** The run of name words ending at `last`, read backwards; empty unless it has two to four words. */
export function readNameBackward(text: string, words: readonly Word[], last: number): Word[] {
  const name: Word[] = [];
  for (let i = last; i >= 0 && name.length <= 4; i--) {
    const word = words[i] as Word;
    const next = name[0];
    if (next && !joinsName(text, word, next)) break;
    if (!isNameWord(word.text) && !isInitial(word.text)) break;
    name.unshift(word);
  }
  while (name[0] && isInitial(name[0].text) && name.length > 1 && !isNameWord(name[0].text)) name.shift();
  return name.length >= 2 && name.length <= 4 ? name : [];
}

/** The key under which mentions of one person merge: folded words, in any order ("Matsuzawa Tomoko"). */
export function personKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}
