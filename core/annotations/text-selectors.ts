import * as z from '../schema/z';

/** W3C Web Annotation TextQuoteSelector: the passage, with a little context either side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1), z.maxLength(100_000)),
  prefix: z.string().check(z.maxLength(200)),
  suffix: z.string().check(z.maxLength(200)),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: character offsets (UTF-16 code units) into the source text. */
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const PassageSelectorsSchema = z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]);
export type PassageSelectors = z.infer<typeof PassageSelectorsSchema>;

export interface TextRange {
  start: number;
  end: number;
}

const CONTEXT_LENGTH = 32;

/** Both selectors for `text.slice(start, end)`. */
export function describePassage(text: string, { start, end }: TextRange): PassageSelectors {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * Finds the passage again: at its recorded position if the quote is still
 * there, otherwise the occurrence of the quote whose context matches best
 * (nearest the old position on a tie). Null when the quote is gone.
 */
export function locatePassage(text: string, [quote, position]: PassageSelectors): TextRange | null {
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const score = sharedSuffixLength(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) + sharedPrefixLength(text.slice(at + quote.exact.length), quote.suffix);
    const distance = Math.abs(at - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
