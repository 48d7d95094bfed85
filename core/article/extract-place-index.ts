import { CITIES, COUNTRIES, REGIONS, TERRITORIES } from './extract-gazetteer';
import { readWords } from './extract-words';

/** Variants of a place name looked up by their words joined with single spaces. */
interface PlaceIndex {
  byName: Map<string, string>;
  byCapitals: Map<string, string>;
  longest: number;
  singleWords: Set<string>;
}

function keyOf(words: readonly string[]): string {
  return words.join(' ').replace(/’/g, "'");
}

function buildIndex(): PlaceIndex {
  const index: PlaceIndex = { byName: new Map(), byCapitals: new Map(), longest: 1, singleWords: new Set() };
  for (const line of [...COUNTRIES, ...TERRITORIES, ...CITIES, ...REGIONS]) {
    const variants = line.split('|');
    const name = variants[0] ?? line;
    for (const variant of variants) {
      const words = readWords(variant).map((word) => word.text);
      const key = keyOf(words);
      if (!index.byName.has(key)) index.byName.set(key, name);
      if (!index.byCapitals.has(key.toUpperCase())) index.byCapitals.set(key.toUpperCase(), name);
      index.longest = Math.max(index.longest, words.length);
      if (words.length === 1) index.singleWords.add(key);
    }
  }
  return index;
}

const INDEX = buildIndex();

/** The longest variant, in words. */
export const LONGEST_PLACE_NAME = INDEX.longest;

/**
 * The place named by these words ("Hà", "Nội" → "Hanoi"; "Japanese" →
 * "Japan"; "TOKYO" → "Tokyo"), or null.
 */
export function placeNamed(words: readonly string[]): string | null {
  const key = keyOf(words);
  const exact = INDEX.byName.get(key);
  if (exact) return exact;
  if (key === key.toUpperCase() && key !== key.toLowerCase()) return INDEX.byCapitals.get(key) ?? null;
  return null;
}

/** True when the single word is a place or demonym ("Hanoi", "Vietnamese"). */
export function isPlaceWord(word: string): boolean {
  return INDEX.singleWords.has(word.replace(/’/g, "'"));
}
