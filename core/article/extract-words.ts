/** A word of a paragraph and where it sits: `text` is `source.slice(start, end)`. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Dotted initialisms ("U.S."), or letters/digits joined by hyphens, apostrophes
// and ampersands ("Indo-Pacific", "Japan’s", "R&D"), with a plural possessive
// apostrophe kept ("Experts'").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*(?:(?<=[sS])['’](?![\p{L}\p{M}\p{N}]))?/gu;

// Every extractor reads the same paragraphs: remember the last few readings.
const recent = new Map<string, readonly Word[]>();
const REMEMBERED = 64;

/** The words of a text, in order, with their offsets. */
export function readWords(text: string): readonly Word[] {
  const known = recent.get(text);
  if (known) return known;
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  if (recent.size >= REMEMBERED) recent.delete(recent.keys().next().value as string);
  recent.set(text, words);
  return words;
}

/** The index of the first word starting at or after `offset` (`words.length` when none does). */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] as Word).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 32);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when only spaces separate the two words (no punctuation between them). */
export function adjacent(text: string, left: Word, right: Word): boolean {
  return /^\s+$/.test(text.slice(left.end, right.start));
}

/** The text between two words. */
export function gapBetween(text: string, left: Word, right: Word): string {
  return text.slice(left.end, right.start);
}

/** "Japan’s" → "Japan", "Experts'" → "Experts". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

/** True when the word ends in a possessive ("Japan’s", "countries’"). */
export function isPossessive(word: string): boolean {
  return stripPossessive(word) !== word;
}
