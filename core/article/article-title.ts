/** Titles derived from the first sentence are cut near this length, on a word boundary. */
export const DERIVED_TITLE_LENGTH = 120;

const ABBREVIATIONS = new Set([
  'adm', 'brig', 'capt', 'cdr', 'col', 'cpl', 'dr', 'gen', 'gov', 'lt', 'maj', 'mr', 'mrs', 'ms', 'prof', 'pvt', 'rep', 'rev',
  'sen', 'sgt', 'sr', 'jr', 'st', 'no', 'nos', 'vs', 'etc', 'dept', 'corp', 'inc', 'ltd', 'co', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'p.m', 'a.m',
]);

/** A headline on its own line: short, with a letter, not ending like a sentence or clause. */
export function isTitleLine(line: string): boolean {
  const words = line.split(' ').length;
  return line.length >= 3 && line.length <= 200 && words <= 30 && /\p{L}/u.test(line) && !/[.,;:…\-–—/]$/u.test(line);
}

function endsWithAbbreviation(text: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(text)?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** The first sentence of a paragraph; "Col. Nguyen" and "U.S. forces" do not end one. */
export function firstSentence(paragraph: string): string {
  const boundary = /[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (!endsWithAbbreviation(paragraph.slice(0, match.index + 1))) return paragraph.slice(0, end);
  }
  return paragraph;
}

/** A title from the body's first sentence, without its full stop, cut near DERIVED_TITLE_LENGTH characters. */
export function titleFromParagraph(paragraph: string): string {
  const sentence = firstSentence(paragraph).replace(/[.…]+$/u, '');
  if (sentence.length <= DERIVED_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, DERIVED_TITLE_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > DERIVED_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut.slice(0, DERIVED_TITLE_LENGTH);
  return `${words.replace(/[\s,;:–—-]+$/u, '')}…`;
}
