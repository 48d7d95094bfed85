import { ORGANISATION_HEADS } from './extract-organisation-words';
import { OFFICE_RANKS, ROLE_WORDS, VIETNAMESE_ROLE_PAIRS } from './extract-titles';
import { CLAUSE_WORDS, FUNCTION_WORDS, isPastTense } from './extract-stop-words';
import { isCalendarWord } from './extract-calendar';
import { rankAt } from './extract-rank-pattern';
import { readNameForward } from './extract-person-names';
import { firstWordFrom, isCapitalised, isPossessive, type Word } from './extract-words';

const LONGEST_ROLE = 30;
const TITLE_LINKS = new Set(['of', 'for', 'the']);
const TRAILING_LINKS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'under', 'with', 'của', 'và']);
const VIETNAMESE_CLAUSE_WORDS = new Set([
  'cho', 'nói', 'đã', 'sẽ', 'là', 'đang', 'vừa', 'khẳng', 'nhấn', 'phát', 'chia', 'đề', 'cảm', 'trao', 'tiếp',
  'dẫn', 'thăm', 'đồng',
]);

/** True when a role begins at this word: "Deputy", "Director", "Phó", "Thứ trưởng". */
export function roleStartsAt(words: readonly Word[], at: number): boolean {
  const word = words[at]?.text;
  if (word === undefined) return false;
  return ROLE_WORDS.has(word) || VIETNAMESE_ROLE_PAIRS.has(`${word} ${words[at + 1]?.text ?? ''}`);
}

function endsClause(word: string): boolean {
  if (CLAUSE_WORDS.has(word) || VIETNAMESE_CLAUSE_WORDS.has(word)) return true;
  return isPastTense(word);
}

// "…, and Tomoko Matsuzawa, Director…" or "… and Col. …": another person begins.
function personBegins(text: string, words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (!word) return false;
  if (rankAt(text, word.start)) return true;
  const name = readNameForward(text, words, at);
  const after = words[at + name.length];
  const last = name[name.length - 1];
  return name.length >= 2 && !!last && !!after && /^\s*,\s+$/.test(text.slice(last.end, after.start)) && roleStartsAt(words, at + name.length);
}

// After a comma a role goes on only into an organisation ("…, Ministry of Defence") or a second office.
function continuesAfterComma(text: string, words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (!word || !isCapitalised(word.text) || personBegins(text, words, at)) return false;
  if (roleStartsAt(words, at)) return true;
  for (let i = at; i < words.length; i++) {
    const current = words[i] as Word;
    if (ORGANISATION_HEADS.has(current.text)) return true;
    const next = words[i + 1];
    if (!next || !/^\s+$/.test(text.slice(current.end, next.start))) return false;
  }
  return false;
}

/** The role that starts at word `from` and runs to the end of its clause: "Deputy Director of the … Operations". */
export function readRole(text: string, words: readonly Word[], from: number): string | null {
  const first = words[from];
  if (!first || !roleStartsAt(words, from)) return null;
  let last = from;
  for (let i = from + 1; i < words.length && i - from < LONGEST_ROLE; i++) {
    const word = words[i] as Word;
    const gap = text.slice((words[i - 1] as Word).end, word.start);
    if (/^\s+$/.test(gap)) {
      if (endsClause(word.text)) break;
      if (word.text === 'and' && personBegins(text, words, i + 1)) break;
      last = i;
    } else if (/^\s*,\s+$/.test(gap) && continuesAfterComma(text, words, i)) {
      last = i;
    } else {
      break;
    }
  }
  while (last > from && TRAILING_LINKS.has((words[last] as Word).text)) last--;
  return text.slice(first.start, (words[last] as Word).end).replace(/\s+/g, ' ');
}

/** The role given after a name and a comma ("Tomoko Matsuzawa, Director for …"), or null. */
export function readRoleAfter(text: string, words: readonly Word[], nameEnd: number): string | null {
  const last = words[nameEnd];
  const next = words[nameEnd + 1];
  if (!last || !next || !/^\s*,\s+$/.test(text.slice(last.end, next.start))) return null;
  return readRole(text, words, nameEnd + 1);
}

function opensTitle(word: string): boolean {
  return isCapitalised(word) && !FUNCTION_WORDS.has(word.toLowerCase()) && !isCalendarWord(word) && !isPossessive(word);
}

/**
 * The office written before a rank: "Deputy Minister of National Defence
 * Sr. Lt. Gen. …"; before an office, with it: "Defence Minister …" →
 * "Defence Minister". `rank` has single spaces. Null when there is none.
 */
export function readRoleBefore(text: string, words: readonly Word[], rankStart: number, rank: string): string | null {
  const nearest = firstWordFrom(words, rankStart) - 1;
  const last = words[nearest];
  if (!last || !/^\s+$/.test(text.slice(last.end, rankStart)) || !opensTitle(last.text)) return null;
  let first = nearest;
  for (let at = nearest - 1; at >= 0 && nearest - at < 8; at--) {
    const word = words[at] as Word;
    if (!/^\s+$/.test(text.slice(word.end, (words[at + 1] as Word).start))) break;
    if (opensTitle(word.text)) first = at;
    else if (!TITLE_LINKS.has(word.text)) break;
  }
  const phrase = text.slice((words[first] as Word).start, last.end).replace(/\s+/g, ' ');
  if (OFFICE_RANKS.has(rank)) return `${phrase} ${rank}`;
  return roleStartsAt(words, first) ? phrase : null;
}
