import { escapeHtml } from './escape-html';

/** A citation's endnote: its number, the citation it quotes, and the paragraph the first marker showed. */
export interface CitationEndnote {
  number: number;
  citationId: string;
  paragraph: number | null;
}

/**
 * Numbers endnotes in the order the body refers to them: citations 1, 2, 3…;
 * comment threads C1, C2…. A citation referred to again keeps its number, and
 * so does another citation of the same passage (`passageOf` gives the same
 * key, e.g. same source and same quote): one passage, one endnote.
 */
export class EndnoteNumbers {
  /** Passage key → its endnote. */
  readonly citations = new Map<string, CitationEndnote>();
  /** Comment thread id → its number. */
  readonly threads = new Map<string, number>();

  /** @param passageOf the key of the passage a citation quotes; by default the citation's own id. */
  constructor(private readonly passageOf: (citationId: string) => string = (citationId) => citationId) {}

  /** The superscript marker for a citation. */
  citationRef(citationId: string, paragraph: number | null): string {
    const key = this.passageOf(citationId);
    let entry = this.citations.get(key);
    if (!entry) {
      entry = { number: this.citations.size + 1, citationId, paragraph };
      this.citations.set(key, entry);
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
