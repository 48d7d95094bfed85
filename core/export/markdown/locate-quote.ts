import type { TextRange } from '../../annotations/text-selectors';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function paragraphAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\n\s*\n/).length;
}

/**
 * Finds a quoted passage in a source's text, allowing any run of whitespace
 * where the quote has one (Markdown joins the source's lines and paragraphs);
 * prefers an occurrence in the given 1-based paragraph.
 */
export function locateQuote(text: string, quote: string, paragraph: number): TextRange | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  let first: TextRange | null = null;
  for (const match of text.matchAll(pattern)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (paragraphAt(text, range.start) === paragraph) return range;
    first ??= range;
  }
  return first;
}
