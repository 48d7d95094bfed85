import { escapeHtml } from './escape-html';

/**
 * Numbers endnotes in the order the body refers to them: citations 1, 2, 3…;
 * comment threads C1, C2…. A citation or thread referred to again keeps its number.
 */
export class EndnoteNumbers {
  /** Citation id → its number and the paragraph the first marker showed. */
  readonly citations = new Map<string, { number: number; paragraph: number | null }>();
  /** Comment thread id → its number. */
  readonly threads = new Map<string, number>();

  /** The superscript marker for a citation. */
  citationRef(citationId: string, paragraph: number | null): string {
    let entry = this.citations.get(citationId);
    if (!entry) {
      entry = { number: this.citations.size + 1, paragraph };
      this.citations.set(citationId, entry);
    }
    return noteRef(`source-${entry.number}`, String(entry.number));
  }

  /** The superscript marker after text a comment thread is anchored on. */
  commentRef(threadId: string): string {
    let number = this.threads.get(threadId);
    if (number === undefined) {
      number = this.threads.size + 1;
      this.threads.set(threadId, number);
    }
    return noteRef(`comment-${number}`, `C${number}`);
  }
}

function noteRef(anchor: string, label: string): string {
  return `<sup class="note-ref"><a href="#${escapeHtml(anchor)}">${escapeHtml(label)}</a></sup>`;
}
