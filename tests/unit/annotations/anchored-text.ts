import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { anchorRanges } from '../../../core/annotations/anchor-ranges';

/**
 * The text `anchorRanges` says `id` is anchored to, or null when detached.
 * Blocks are joined with `blockSeparator` (nothing by default).
 */
export function anchoredText(doc: ProseMirrorNode, markName: string, idAttribute: string, id: string, blockSeparator = ''): string | null {
  const range = anchorRanges(doc, markName, idAttribute).get(id);
  return range ? doc.textBetween(range.start, range.end, blockSeparator) : null;
}

/** Every text node carrying a `markName` mark whose `idAttribute` is `id`, in document order. */
export function markedPieces(doc: ProseMirrorNode, markName: string, idAttribute: string, id: string): string[] {
  const pieces: string[] = [];
  doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === markName && mark.attrs[idAttribute] === id)) pieces.push(node.text!);
  });
  return pieces;
}
