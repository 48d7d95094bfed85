import type { PlaceFact } from './extraction';
import { FUNCTION_WORDS } from './extract-stop-words';
import { LONGEST_PLACE_NAME, placeNamed } from './extract-place-index';
import { MentionCollector } from './extract-mentions';
import { adjacent, isCapitalised, readWords, stripPossessive, type Word } from './extract-words';

/** A place mentioned in a paragraph: its name and the words that name it. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

// "Van Thai", "Thi Hue": a one-word place right after a capitalised word is
// more likely part of a person's name.
function insideName(text: string, words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  const word = words[at];
  if (!before || !word || !adjacent(text, before, word) || !isCapitalised(before.text)) return false;
  return !FUNCTION_WORDS.has(before.text.toLowerCase());
}

/** The places a paragraph names, longest names first where they overlap ("South Sudan", not "Sudan"). */
export function findPlaces(text: string): PlaceMention[] {
  const words = readWords(text);
  const found: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as Word;
    if (!isCapitalised(first.text)) continue;
    const span: string[] = [];
    for (let n = 0; n < LONGEST_PLACE_NAME && i + n < words.length; n++) {
      const word = words[i + n] as Word;
      if (n > 0 && !adjacent(text, words[i + n - 1] as Word, word)) break;
      span.push(word.text);
    }
    for (let n = span.length; n >= 1; n--) {
      const last = words[i + n - 1] as Word;
      if (text.startsWith('$', last.end)) continue;
      const name = placeNamed([...span.slice(0, n - 1), stripPossessive(last.text)]);
      if (!name || (n === 1 && insideName(text, words, i))) continue;
      found.push({ name, start: first.start, end: last.end });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** Countries, cities and regions the article names, each with the paragraphs naming it. */
export function extractPlaces(paragraphs: readonly string[]): PlaceFact[] {
  const places = new MentionCollector<{ name: string }>();
  paragraphs.forEach((text, paragraph) => {
    for (const { name } of findPlaces(text)) places.note(name, paragraph, () => ({ name }));
  });
  return places.facts((fact) => fact.name);
}
