import { citationsIn, type Citation } from '../../annotations/citation';
import { threadsIn, type CommentThread } from '../../annotations/comment-thread';
import { locatePassage } from '../../annotations/text-selectors';
import type { NoteFile, SourceArticle } from '../../document/note-file';
import type { EndnoteNumbers } from './endnote-numbers';
import { escapeHtml, escapeHtmlLines } from './escape-html';
import type { PrintCopy } from './body-html';
import { safeHref } from './safe-href';

/** The "Sources" endnotes for the citations the body refers to, and in the review copy the "Comments". */
export function endnotesHtml(note: NoteFile, copy: PrintCopy, notes: EndnoteNumbers): string {
  const sections = [sourcesSection(note, notes)];
  if (copy === 'review') sections.push(commentsSection(note, notes));
  return sections.filter((section) => section !== '').join('\n');
}

function sourcesSection(note: NoteFile, notes: EndnoteNumbers): string {
  if (notes.citations.size === 0) return '';
  const citations = new Map(citationsIn(note.annotations).map((citation) => [citation.id, citation]));
  const sources = new Map(note.sources.map((source) => [source.id, source]));
  const items = [...notes.citations].map(([id, { number, paragraph }]) => {
    const citation = citations.get(id);
    const source = citation && sources.get(citation.sourceId);
    return `<li id="source-${number}">${citation && source ? citationNote(citation, source, paragraph) : '<span class="broken">Citation broken: its source is no longer attached to this note.</span>'}</li>`;
  });
  return `<section class="endnotes sources"><h2>Sources</h2><ol>${items.join('\n')}</ol></section>`;
}

function citationNote(citation: Citation, source: SourceArticle, paragraph: number | null): string {
  const range = locatePassage(source.text, citation.selector);
  // Where the passage is now is the truth; the marker's number is only what the editor showed.
  const cited = range ? `¶${paragraphAt(source.text, range.start)}` : paragraph === null ? '' : `¶${paragraph}`;
  const quote = range
    ? `<blockquote>“${escapeHtml(source.text.slice(range.start, range.end))}”</blockquote>`
    : `<blockquote><span class="broken">Citation broken: the passage is no longer in the source.</span> Recorded quote: “${escapeHtml(citation.selector[0].exact)}”</blockquote>`;
  return `${sourceName(source)}${cited ? `, ${cited}` : ''}.${quote}`;
}

/** The source named in full: publisher, title, date, address. */
function sourceName(source: SourceArticle): string {
  const parts = [source.publisher && escapeHtml(source.publisher), source.title && `“${escapeHtml(source.title)}”`, source.published && escapeHtml(source.published)].filter(Boolean);
  const href = safeHref(source.url);
  if (source.url) parts.push(href === null ? escapeHtml(source.url) : `<a href="${escapeHtml(href)}">${escapeHtml(source.url)}</a>`);
  return parts.length > 0 ? parts.join(', ') : 'Untitled source';
}

/** 1-based paragraph number of an offset in a source whose paragraphs are joined by blank lines. */
function paragraphAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n\n').length;
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
