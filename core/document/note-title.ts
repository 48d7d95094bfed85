import type { DocumentNode } from './note-file';

const MAX_TITLE_LENGTH = 120;

/** The note's title as a user sees it: the text of its first non-empty block. */
export function noteTitleFrom(doc: DocumentNode): string {
  for (const block of doc.content ?? []) {
    const text = plainTextOf(block).replace(/\s+/g, ' ').trim();
    if (text) return text.length > MAX_TITLE_LENGTH ? `${text.slice(0, MAX_TITLE_LENGTH - 1)}…` : text;
  }
  return '';
}

/** All text inside a node, blocks joined by a space. */
export function plainTextOf(node: DocumentNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(plainTextOf).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}
