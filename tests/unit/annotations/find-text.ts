import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface PositionRange {
  from: number;
  to: number;
}

/**
 * Document positions of the `occurrence`-th (from 0) match of `needle` inside
 * one textblock, even when it runs across differently marked text nodes.
 */
export function rangeOf(doc: ProseMirrorNode, needle: string, occurrence = 0): PositionRange {
  let seen = 0;
  let found: PositionRange | null = null;
  doc.descendants((block, blockPosition) => {
    if (found || !block.isTextblock) return !found;
    const positions: number[] = [];
    let text = '';
    block.forEach((child, offset) => {
      if (!child.isText) return;
      for (let i = 0; i < child.text!.length; i++) positions.push(blockPosition + 1 + offset + i);
      text += child.text;
    });
    for (let at = text.indexOf(needle); at !== -1 && !found; at = text.indexOf(needle, at + 1)) {
      if (seen++ === occurrence) found = { from: positions[at]!, to: positions[at + needle.length - 1]! + 1 };
    }
    return false;
  });
  if (!found) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the document: ${doc.textContent}`);
  return found;
}
