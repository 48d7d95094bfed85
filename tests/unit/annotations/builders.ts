import { getSchema } from '@tiptap/core';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { noteExtensions } from '../../../core/document/note-extensions';
import type { HighlightMeaning } from '../../../core/annotations/highlight';

/** The note schema, built headlessly as Node code builds it. */
export const schema = getSchema(noteExtensions());

/** Inline content for the builders: plain strings, or nodes from `commented` / `highlighted`. */
export type Inline = string | ProseMirrorNode | readonly Inline[];

function inline(content: readonly Inline[]): ProseMirrorNode[] {
  return content.flatMap((part) => (typeof part === 'string' ? [schema.text(part)] : Array.isArray(part) ? inline(part) : [part as ProseMirrorNode]));
}

function marked(mark: Mark, content: readonly Inline[]): ProseMirrorNode[] {
  return inline(content).map((node) => node.mark(mark.addToSet(node.marks)));
}

export function doc(...blocks: ProseMirrorNode[]): ProseMirrorNode {
  return schema.node('doc', null, blocks);
}

export function p(...content: Inline[]): ProseMirrorNode {
  return schema.node('paragraph', null, inline(content));
}

export function commentMark(threadId: string): Mark {
  return schema.marks.comment!.create({ threadId });
}

export function highlightMark(highlightId: string, meaning: HighlightMeaning = 'key'): Mark {
  return schema.marks.highlight!.create({ highlightId, meaning });
}

/** `content` anchored to comment thread `threadId`. */
export function commented(threadId: string, ...content: Inline[]): ProseMirrorNode[] {
  return marked(commentMark(threadId), content);
}

/** `content` highlighted as `highlightId` with the given meaning. */
export function highlighted(highlightId: string, meaning: HighlightMeaning, ...content: Inline[]): ProseMirrorNode[] {
  return marked(highlightMark(highlightId, meaning), content);
}
