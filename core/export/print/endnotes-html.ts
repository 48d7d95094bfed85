import { citationsIn, type Citation } from '../../annotations/citation';
import { threadsIn, type CommentThread } from '../../annotations/comment-thread';
import { locatePassage } from '../../annotations/text-selectors';
import type { NoteFile, SourceArticle } from '../../document/note-file';
import type { EndnoteNumbers } from './endnote-numbers';
import { escapeHtml, escapeHtmlLines } from './escape-html';
import type { PrintCopy } from './body-html';
import { annexParagraphId } from './source-annex-html';
import { shortSourceName, sourceName } from './source-name';
import { paragraphNumberAt } from '../../article/source-text';

/** The "Sources" endnotes for the citations the body refers to, and in the review copy the "Comments". */
export function endnotesHtml(note: NoteFile, copy: PrintCopy, notes: EndnoteNumbers, { annexed = false }: { annexed?: boolean } = {}): string {
  const sections = [sourcesSection(note, notes, annexed)];
  if (copy === 'review') sections.push(commentsSection(note, notes));
  return sections.filter((section) => section !== '').join('\n');
}

/**
 * The key under which citations share an endnote: the same source and the
 * same quoted words (two citations made of one passage at different times).
 */
export function passageKeys(note: NoteFile): (citationId: string) => string {
  const keys = new Map(citationsIn(note.annotations).map((citation) => [citation.id, `${citation.sourceId}\u0000${citation.selector[0].exact}`]));
  return (citationId) => keys.get(citationId) ?? `id\u0000${citationId}`;
}

function sourcesSection(note: NoteFile, notes: EndnoteNumbers, annexed: boolean): string {
  if (notes.citations.size === 0) return '';
  const citations = new Map(citationsIn(note.annotations).map((citation) => [citation.id, citation]));
  const sources = new Map(note.sources.map((source, index) => [source.id, { source, index }]));
  // The first note of a source names it in full; later ones by its short name.
  const named = new Set<string>();
  const items = [...notes.citations.values()].map(({ number, citationId, paragraph }) => {
    const citation = citations.get(citationId);
    const found = citation && sources.get(citation.sourceId);
    if (!citation || !found) return `<li id="source-${number}"><span class="broken">Citation broken: its source is no longer attached to this note.</span></li>`;
    const name = named.has(found.source.id) ? shortSourceName(found.source) : sourceName(found.source);
    named.add(found.source.id);
    return `<li id="source-${number}">${citationNote(citation, found.source, name, paragraph, annexed ? found.index : null)}</li>`;
  });
  return `<section class="endnotes sources"><h2>Sources</h2><ol>${items.join('\n')}</ol></section>`;
}

/** `annex`: the source's index when it is printed as an annex, so ¶n links to the paragraph there. */
function citationNote(citation: Citation, source: SourceArticle, name: string, paragraph: number | null, annex: number | null): string {
  const range = locatePassage(source.text, citation.selector);
  // Where the passage is now is the truth; the marker's number is only what the editor showed.
  const number = range ? paragraphNumberAt(source.text, range.start) : paragraph;
  const cited = number === null ? '' : annex === null ? `¶${number}` : `<a href="#${annexParagraphId(annex, number)}">¶${number}</a>`;
  const quote = range
    ? `<blockquote>“${escapeHtml(source.text.slice(range.start, range.end))}”</blockquote>`
    : `<blockquote><span class="broken">Citation broken: the passage is no longer in the source.</span> Recorded quote: “${escapeHtml(citation.selector[0].exact)}”</blockquote>`;
  return `${name}${cited ? `, ${cited}` : ''}.${quote}`;
}

function commentsSection(note: NoteFile, notes: EndnoteNumbers): string {
  const threads = threadsIn(note.annotations);
  // Detached threads (no mark left in the text) are listed too, after the anchored ones.
  for (const thread of threads) if (!notes.threads.has(thread.id)) notes.threads.set(thread.id, notes.threads.size + 1);
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  const items = [...notes.threads].flatMap(([id, number]) => {
    const thread = byId.get(id);
    return thread ? [`<li id="comment-${number}" value="${number}">${threadNote(thread)}</li>`] : [];
  });
  return items.length === 0 ? '' : `<section class="endnotes comments"><h2>Comments</h2><ol>${items.join('\n')}</ol></section>`;
}

function threadNote(thread: CommentThread): string {
  const status = thread.status === 'resolved' ? ` <em>(resolved${thread.resolved ? ` by ${escapeHtml(thread.resolved.by)}` : ''})</em>` : '';
  const quote = thread.quote ? `On “${escapeHtml(thread.quote)}”${status}` : `Comment${status}`;
  const comments = thread.comments.map((comment) => `<p><strong>${escapeHtml(comment.author || 'Anonymous')}</strong>: ${escapeHtmlLines(comment.text)}</p>`);
  return `${quote}${comments.join('')}`;
}
