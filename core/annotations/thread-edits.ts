import type { Annotation } from '../document/note-file';
import type { Comment, CommentThread } from './comment-thread';

/** Who does something, and when: every edit to a thread records both. */
export interface Actor {
  author: string;
  now: Date;
  /** A fresh id for a new comment. */
  newId: () => string;
}

const QUOTE_LENGTH = 300;
const MAX_AUTHOR = 200;
const MAX_TEXT = 20_000;

/** Threads are annotations; these keep the rest of the list exactly as it was. */
export function startThread(annotations: readonly Annotation[], threadId: string, quote: string, text: string, actor: Actor): Annotation[] {
  const thread: CommentThread = {
    id: threadId,
    kind: 'comment',
    status: 'open',
    quote: quote.replace(/\s+/g, ' ').trim().slice(0, QUOTE_LENGTH),
    comments: [comment(text, actor)],
    resolved: null,
  };
  return [...annotations, thread];
}

export function reply(annotations: readonly Annotation[], threadId: string, text: string, actor: Actor): Annotation[] {
  return updateThread(annotations, threadId, (thread) => ({ ...thread, comments: [...thread.comments, comment(text, actor)] }));
}

export function editComment(annotations: readonly Annotation[], threadId: string, commentId: string, text: string, actor: Actor): Annotation[] {
  return updateThread(annotations, threadId, (thread) => ({
    ...thread,
    comments: thread.comments.map((known) => (known.id === commentId ? { ...known, text: plainText(text), edited: actor.now.toISOString() } : known)),
  }));
}

/** Removes one comment; removing the last one removes the thread. */
export function deleteComment(annotations: readonly Annotation[], threadId: string, commentId: string): Annotation[] {
  const thread = findThread(annotations, threadId);
  if (thread && thread.comments.length === 1 && thread.comments[0]!.id === commentId) return deleteThread(annotations, threadId);
  return updateThread(annotations, threadId, (found) => ({ ...found, comments: found.comments.filter((known) => known.id !== commentId) }));
}

export function deleteThread(annotations: readonly Annotation[], threadId: string): Annotation[] {
  return annotations.filter((entry) => !(entry.kind === 'comment' && entry.id === threadId));
}

export function resolveThread(annotations: readonly Annotation[], threadId: string, actor: Actor): Annotation[] {
  return updateThread(annotations, threadId, (thread) => ({ ...thread, status: 'resolved', resolved: { by: actor.author.slice(0, MAX_AUTHOR), at: actor.now.toISOString() } }));
}

export function reopenThread(annotations: readonly Annotation[], threadId: string): Annotation[] {
  return updateThread(annotations, threadId, (thread) => ({ ...thread, status: 'open', resolved: null }));
}

export function findThread(annotations: readonly Annotation[], threadId: string): CommentThread | undefined {
  return annotations.find((entry): entry is CommentThread => entry.kind === 'comment' && entry.id === threadId);
}

function updateThread(annotations: readonly Annotation[], threadId: string, change: (thread: CommentThread) => CommentThread): Annotation[] {
  return annotations.map((entry) => (entry.kind === 'comment' && entry.id === threadId ? change(entry as CommentThread) : entry));
}

function comment(text: string, { author, now, newId }: Actor): Comment {
  return { id: newId(), author: author.slice(0, MAX_AUTHOR), created: now.toISOString(), edited: null, text: plainText(text) };
}

/** Comments are plain text: trimmed, NFC, with line breaks kept as typed. */
function plainText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim().slice(0, MAX_TEXT);
}
