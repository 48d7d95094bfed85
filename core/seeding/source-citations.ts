import type { Citation } from '../annotations/citation';
import { describePassage, type TextRange } from '../annotations/text-selectors';
import type { DocumentNode } from '../document/note-file';
import { paragraphRanges } from '../article/source-text';

/** Makes citations into one source's text, numbering them c1, c2…, and keeps them for the note's annotations. */
export class SourceCitations {
  readonly citations: Citation[] = [];
  private readonly paragraphs: TextRange[];

  constructor(
    private readonly sourceId: string,
    private readonly sourceText: string,
  ) {
    this.paragraphs = paragraphRanges(sourceText);
  }

  /** A citation node for `range` inside paragraph `index` (0-based) of the source. */
  cite(index: number, range?: TextRange): DocumentNode {
    const paragraph = this.paragraphs[index];
    if (!paragraph) throw new RangeError(`The source has no paragraph ${index + 1}.`);
    const start = paragraph.start + (range?.start ?? 0);
    const end = range ? paragraph.start + range.end : paragraph.end;
    const id = `c${this.citations.length + 1}`;
    this.citations.push({ id, kind: 'citation', sourceId: this.sourceId, selector: describePassage(this.sourceText, { start, end }) });
    return { type: 'citation', attrs: { citationId: id, paragraph: index + 1 } };
  }
}
