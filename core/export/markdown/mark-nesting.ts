import { Fragment } from '@tiptap/pm/model';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Marks Markdown may open and close in any order (prosemirror-markdown's "mixable"). */
const MIXABLE = new Set(['bold', 'italic', 'strike']);

/** How many inline children from `index` on carry `mark`. */
function extent(parent: ProseMirrorNode, index: number, mark: Mark): number {
  let count = 0;
  while (index + count < parent.childCount && mark.isInSet(parent.child(index + count).marks)) count++;
  return count;
}

function nestInline(block: ProseMirrorNode): ProseMirrorNode {
  const children: ProseMirrorNode[] = [];
  block.forEach((child, _offset, index) => {
    const before = index > 0 ? block.child(index - 1).marks : [];
    const opening = child.marks.filter((mark) => MIXABLE.has(mark.type.name) && !mark.isInSet(before));
    if (opening.length < 2) {
      children.push(child);
      return;
    }
    const outermostFirst = [...opening].sort((a, b) => extent(block, index, b) - extent(block, index, a));
    let next = 0;
    children.push(child.mark(child.marks.map((mark) => (opening.includes(mark) ? outermostFirst[next++]! : mark))));
  });
  return block.copy(Fragment.fromArray(children));
}

/**
 * prosemirror-markdown opens the marks a text starts with in schema order (bold
 * before italic), so `*` around a longer italic run closed and reopened inside
 * it: `***foo** bar*` came out as `***foo*** *bar*`. Ordering the marks that
 * open together by how far they run (longest outermost) writes the nesting
 * Markdown expects. The order is for writing only; the schema's is restored on
 * any read.
 */
export function nestMarksByExtent(node: ProseMirrorNode): ProseMirrorNode {
  if (node.isTextblock) return nestInline(node);
  if (node.isLeaf) return node;
  const children: ProseMirrorNode[] = [];
  node.forEach((child) => children.push(nestMarksByExtent(child)));
  return node.copy(Fragment.fromArray(children));
}
