import type { CommentThread } from '../../annotations/comment-thread';
import { citationFootnoteParts } from './citation-footnote';
import type { CitationFootnote } from './citation-footnote';
import { escapeMarkdownText } from './escape-markdown';

const INDENT = '    ';

function inline(text: string, lineStart = false): string {
  return escapeMarkdownText(text, { lineStart, lineEnd: true });
}

/** `[^1]: Vietnam News Agency, “Title”, 2022-10-11, <url>, ¶3: “…”.` */
export function citationDefinition(label: string, citation: CitationFootnote, firstForSource: boolean): string {
  const { head, url, tail } = citationFootnoteParts(citation, firstForSource);
  const parts = [head ? escapeMarkdownText(head, { lineStart: false, lineEnd: false }) : '', url ? `<${url}>` : '', inline(tail)];
  return `[^${label}]: ${parts.filter(Boolean).join(', ')}`;
}

function commentParagraph(author: string, text: string, lineStart: boolean): string {
  const [first = '', ...rest] = text.split(/\n+/);
  const lines = [`${inline(author || 'Anonymous', lineStart)}: ${inline(first)}`, ...rest.map((line) => inline(line, true))];
  return lines.join(`\\\n${INDENT}`);
}

/** `[^c1]: Author: comment`, one paragraph per comment, and "(Resolved by …)" for a resolved thread. */
export function commentDefinition(label: string, thread: CommentThread): string {
  const paragraphs = thread.comments.map((comment, i) => commentParagraph(comment.author, comment.text, i > 0));
  if (thread.status === 'resolved') paragraphs.push(inline(`(Resolved${thread.resolved?.by ? ` by ${thread.resolved.by}` : ''}.)`, true));
  return `[^${label}]: ${paragraphs.join(`\n\n${INDENT}`)}`;
}

/** `{>>Author: comment<<}` for each comment, and `{>>Resolved by …<<}` for a resolved thread. */
export function criticComments(thread: CommentThread): string {
  const notes = thread.comments.map((comment) => `${comment.author || 'Anonymous'}: ${comment.text.replace(/\s*\n\s*/g, ' ')}`);
  if (thread.status === 'resolved') notes.push(`Resolved${thread.resolved?.by ? ` by ${thread.resolved.by}` : ''}.`);
  return notes.map((note) => `{>>${escapeMarkdownText(note, { lineStart: false, lineEnd: false })}<<}`).join('');
}
