import type { TextRange } from '../annotations/text-selectors';

// Words that end in a full stop without ending the sentence ("Col. Nguyen", "Oct. 11").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st no vs etc col lt gen maj capt adm brig cmdr sgt gov sen rep dept est approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n e.g i.e'.split(' '),
);

/** The sentences of a paragraph, as ranges into it, trimmed; every character of it belongs to one. */
export function sentenceRanges(paragraph: string): TextRange[] {
  const ranges: TextRange[] = [];
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const word = /([\p{L}.]+)\.*["”’)\]]*$/u.exec(paragraph.slice(start, end))?.[1]?.replace(/\.$/, '') ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    pushTrimmed(paragraph, start, end, ranges);
    start = end;
  }
  pushTrimmed(paragraph, start, paragraph.length, ranges);
  return ranges;
}

export function sentencesOf(paragraph: string): string[] {
  return sentenceRanges(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}

function pushTrimmed(text: string, start: number, end: number, ranges: TextRange[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) ranges.push({ start, end });
}
