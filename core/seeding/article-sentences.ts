import type { TextRange } from '../annotations/text-selectors';
import { sentenceRanges } from '../article/sentences';

/** One sentence of the article, where it is. */
export interface ArticleSentence {
  paragraph: number;
  range: TextRange;
  text: string;
}

export function articleSentences(paragraphs: readonly string[]): ArticleSentence[] {
  return paragraphs.flatMap((body, paragraph) =>
    sentenceRanges(body).map((range) => ({ paragraph, range, text: body.slice(range.start, range.end) })),
  );
}
