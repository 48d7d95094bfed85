import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { TextRange } from './text-selectors';

/**
 * Where each id of `markName` (by attribute `idAttribute`) is anchored in
 * the document: from its first marked character to its last. Ids with no
 * marked text are absent: for a comment thread, that means detached.
 */
export function anchorRanges(doc: ProseMirrorNode, markName: string, idAttribute: string): Map<string, TextRange> {
  const ranges = new Map<string, TextRange>();
  doc.descendants((node, position) => {
    if (!node.isInline) return;
    for (const mark of node.marks) {
      if (mark.type.name !== markName) continue;
      const id = String(mark.attrs[idAttribute] ?? '');
      if (!id) continue;
      const end = position + node.nodeSize;
      const known = ranges.get(id);
      ranges.set(id, known ? { start: Math.min(known.start, position), end: Math.max(known.end, end) } : { start: position, end });
    }
  });
  return ranges;
}
