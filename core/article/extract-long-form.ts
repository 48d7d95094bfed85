/** A long form found for a short form, and which part of it each of the short form's words stands for. */
export interface LongForm {
  long: string;
  /** For "EWG PKO": EWG → "Experts' Working Group", PKO → "Peacekeeping Operations". */
  parts: Map<string, string>;
}

// Digits in short forms often stand for words: "A4P" is "Action for Peacekeeping".
const DIGIT_WORDS: Record<string, readonly string[]> = {
  '1': ['one'], '2': ['two', 'to'], '3': ['three'], '4': ['four', 'for'], '5': ['five'],
  '6': ['six'], '7': ['seven'], '8': ['eight'], '9': ['nine'],
};

function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function startsWord(text: string, at: number): boolean {
  return at === 0 || !isAlphanumeric(text[at - 1]);
}

function matchesAt(text: string, at: number, char: string): boolean {
  if (text[at]?.toLowerCase() === char) return true;
  const words = DIGIT_WORDS[char];
  if (!words || !startsWord(text, at)) return false;
  const rest = text.slice(at).toLowerCase();
  return words.some((word) => rest.startsWith(word) && !isAlphanumeric(rest[word.length]));
}

function wordAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf(' ', at) + 1;
  const space = text.indexOf(' ', at);
  return [start, space === -1 ? text.length : space];
}

/** Drops quotation marks and stray punctuation around a long form: “Action for Peacekeeping” Plus → Action for Peacekeeping Plus. */
export function cleanLongForm(text: string): string {
  return text
    .replace(/[“”"«»]/g, '')
    .replace(/^[\s‘',;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Schwartz & Hearst (2003): match the short form's letters right to left
 * against the candidate text; the first letter must begin a word. Returns
 * the shortest long form that ends the candidate, or null.
 */
export function findLongForm(short: string, candidate: string): LongForm | null {
  const positions: number[] = [];
  let s = short.length - 1;
  let l = candidate.length - 1;
  while (s >= 0) {
    const char = short[s]?.toLowerCase() ?? '';
    if (!isAlphanumeric(char)) {
      s--;
      continue;
    }
    while (l >= 0 && (!matchesAt(candidate, l, char) || (s === 0 && !startsWord(candidate, l)))) l--;
    if (l < 0) return null;
    positions[s] = l;
    l--;
    s--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  const long = cleanLongForm(candidate.slice(start));
  if (long.length <= short.length || !/\p{L}/u.test(long)) return null;
  if (new RegExp(`(?:^|\\s)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(long)) return null;
  return { long, parts: partsOf(short, candidate, positions) };
}

function partsOf(short: string, candidate: string, positions: readonly number[]): Map<string, string> {
  const parts = new Map<string, string>();
  const tokens = short.split(' ');
  if (tokens.length < 2) return parts;
  let offset = 0;
  for (const token of tokens) {
    const indices = positions.slice(offset, offset + token.length).filter((p) => p !== undefined);
    offset += token.length + 1;
    const first = indices[0];
    const last = indices[indices.length - 1];
    if (first === undefined || last === undefined) continue;
    const part = cleanLongForm(candidate.slice(wordAround(candidate, first)[0], wordAround(candidate, last)[1]));
    if (part.length > token.length) parts.set(token, part);
  }
  return parts;
}
