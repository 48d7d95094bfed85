import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNode } from '../../core/document/note-file';
import { plainTextOf } from '../../core/document/note-title';

const blocks = new WeakMap<ProseMirrorNode, DocumentNode>();

/**
 * The note body as JSON, the same as `editor.getJSON()`, re-serialising only
 * the top-level blocks changed since the last call: ProseMirror keeps an
 * unchanged block as the same object, so a save of a long note costs what the
 * edit touched. The JSON is shared between calls: never mutate it.
 */
export function noteJSON(doc: ProseMirrorNode): DocumentNode {
  // An index loop: `forEach` also works out every block's offset, which nothing here needs.
  const content: DocumentNode[] = [];
  for (let index = 0; index < doc.childCount; index++) content.push(blockJSON(doc.child(index)));
  return { type: 'doc', content };
}

/** One top-level block as JSON: the same object `noteJSON` puts in the note for as long as the block is unchanged. */
export function blockJSON(block: ProseMirrorNode): DocumentNode {
  let json = blocks.get(block);
  if (!json) {
    json = block.toJSON() as DocumentNode;
    blocks.set(block, json);
  }
  return json;
}

/** The first `length` characters of the note's text, reading only the blocks it needs. */
export function textPreview(doc: DocumentNode, length: number): string {
  let text = '';
  for (const block of doc.content ?? []) {
    if (text.length >= length) break;
    text += `${plainTextOf(block)} `;
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, length);
}
