import type { Citation } from '../annotations/citation';
import { describePassage, type TextRange } from '../annotations/text-selectors';
import type { DocumentNode } from '../document/note-file';
import { paragraphRanges } from '../article/source-text';

/**
 * Makes citations into one source's text and keeps them for the note's
 * annotations. Ids start with `idPrefix`, unique to the note, so a citation
 * copied into another note can never be taken for one of that note's own.
 */
export class SourceCitations {
  readonly citations: Citation[] = [];
  private readonly paragraphs: TextRange[];

  constructor(
    private readonly sourceId: string,
    private readonly sourceText: string,
    private readonly idPrefix = 'c',
  ) {
    this.paragraphs = paragraphRanges(sourceText);
  }

  /** A citation node for `range` inside paragraph `index` (0-based) of the source. */
  cite(index: number, range?: TextRange): DocumentNode {
    const paragraph = this.paragraphs[index];
    if (!paragraph) throw new RangeError(`The source has no paragraph ${index + 1}.`);
    const start = paragraph.start + (range?.start ?? 0);
    const end = range ? paragraph.start + range.end : paragraph.end;
    const id = `${this.idPrefix}${this.citations.length + 1}`;
    this.citations.push({ id, kind: 'citation', sourceId: this.sourceId, selector: describePassage(this.sourceText, { start, end }) });
    return { type: 'citation', attrs: { citationId: id, paragraph: index + 1 } };
  }
}
