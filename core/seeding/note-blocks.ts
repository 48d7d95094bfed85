import type { DocumentNode } from '../document/note-file';

/** Tiny builders for the note body, in ProseMirror JSON. */
export const text = (value: string, marks?: DocumentNode['marks']): DocumentNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });

export const heading = (level: 1 | 2 | 3, value: string): DocumentNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });

export const paragraph = (...content: DocumentNode[]): DocumentNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });

export const bulletList = (items: DocumentNode[][]): DocumentNode => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
});

/** Text the officer must replace: italic, and opening with a marker no one can miss. */
export const PLACEHOLDER_MARKER = 'To complete:';

export const placeholder = (value: string): DocumentNode => paragraph(text(`${PLACEHOLDER_MARKER} ${value}`, [{ type: 'italic' }]));
