import type { EditorView } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { farBlockTops } from '../editor/long-note-window';

/**
 * Where positions of the note are on screen, for the cards beside it: their
 * vertical offset from `container`, or null where a position has no place.
 *
 * Measuring a position (`coordsAtPos`) costs a range's layout; a note with 500
 * comments asked it 500 times on each new line. Here each position's offset
 * inside its top-level block is measured once and remembered with the block:
 * ProseMirror keeps an unchanged block as the same object, so after an edit only
 * the blocks it touched are measured again, and the others cost one rectangle
 * each. A block far from the viewport and never measured stands for its
 * positions at its top until it comes near: after opening a long note, measuring
 * hundreds of positions no one can see would be a long task.
 */
export function createAnchorTops(view: EditorView): (positions: readonly number[], container: HTMLElement) => (number | null)[] {
  let offsets = new WeakMap<ProseMirrorNode, Map<number, number>>();
  let measuredWidth = -1;

  return (positions, container) => {
    const width = view.dom.clientWidth;
    // Lines wrap differently at another width: every remembered offset is stale.
    if (width !== measuredWidth) {
      offsets = new WeakMap();
      measuredWidth = width;
    }
    const containerTop = container.getBoundingClientRect().top;
    const { doc } = view.state;
    const farTop = farBlockTops(view);
    const tops: (number | null)[] = positions.map(() => null);
    // One walk over the top-level blocks, the positions taken in order: resolving each
    // position on its own would scan the blocks before it every time.
    const order = positions.map((_, index) => index).sort((a, b) => positions[a]! - positions[b]!);
    let next = 0;
    doc.forEach((block, blockStart) => {
      const blockEnd = blockStart + block.nodeSize;
      if (next >= order.length || positions[order[next]!]! >= blockEnd) return;
      const known = offsets.get(block) ?? new Map<number, number>();
      offsets.set(block, known);
      // A block out of a long note's layout has no box: it stands where its spacer says.
      const far = farTop(blockStart);
      if (far !== null) {
        for (; next < order.length && positions[order[next]!]! < blockEnd; next++) {
          const index = order[next]!;
          tops[index] = far - containerTop + (known.get(positions[index]! - blockStart) ?? 0);
        }
        return;
      }
      const element = view.nodeDOM(blockStart);
      const rect = element instanceof HTMLElement ? element.getBoundingClientRect() : null;
      const blockTop = rect ? rect.top - containerTop : null;
      for (; next < order.length && positions[order[next]!]! < blockEnd; next++) {
        const index = order[next]!;
        const position = positions[index]!;
        if (position <= blockStart || blockTop === null || !rect) {
          tops[index] = position < 0 ? null : measure(view, position, containerTop);
          continue;
        }
        let inside = known.get(position - blockStart);
        // Once measured, a position stays exact wherever the block is: falling back to the
        // block's top when it scrolled away moved every card above (500 in one frame).
        if (inside === undefined && !isNearViewport(rect)) {
          tops[index] = blockTop;
          continue;
        }
        if (inside === undefined) {
          const top = measure(view, position, containerTop);
          if (top === null) continue;
          inside = top - blockTop;
          known.set(position - blockStart, inside);
        }
        tops[index] = blockTop + inside;
      }
    });
    for (; next < order.length; next++) {
      const index = order[next]!;
      tops[index] = positions[index]! === doc.content.size ? measure(view, positions[index]!, containerTop) : null;
    }
    return tops;
  };
}

function measure(view: EditorView, position: number, containerTop: number): number | null {
  try {
    return view.coordsAtPos(position).top - containerTop;
  } catch {
    return null;
  }
}

// Within half a screen of the viewport: a card placed there may be seen, so it is exact.
function isNearViewport({ top, bottom }: DOMRect): boolean {
  return bottom > -window.innerHeight / 2 && top < window.innerHeight * 1.5;
}
