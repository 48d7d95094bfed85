import type { TextRange } from '../annotations/text-selectors';

/** Paragraphs are stored in a note's source as one text, separated by a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function sourceTextOf(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Where each paragraph lies in the source text. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const paragraph of text.split(PARAGRAPH_SEPARATOR)) {
    ranges.push({ start, end: start + paragraph.length });
    start += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return ranges;
}

/** The 1-based number of the paragraph holding `offset` in the source text. */
export function paragraphNumberAt(text: string, offset: number): number {
  const ranges = paragraphRanges(text);
  const index = ranges.findIndex((range) => offset < range.end + PARAGRAPH_SEPARATOR.length);
  return (index === -1 ? ranges.length - 1 : index) + 1;
}
