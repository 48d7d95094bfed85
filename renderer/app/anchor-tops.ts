import type { EditorView } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Where positions of the note are on screen, for the cards beside it: their
 * vertical offset from `container`, or null where a position has no place.
 *
 * Measuring a position (`coordsAtPos`) costs a range's layout; a note with 500
 * comments asked it 500 times on each new line. Here each position's offset
 * inside its top-level block is measured once and remembered with the block:
 * ProseMirror keeps an unchanged block as the same object, so after an edit only
 * the blocks it touched are measured again, and the others cost one rectangle
 * each. A block far from the viewport (not laid out: `content-visibility`) stands
 * for its positions at its top; they are measured once it comes near.
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
    const blockTops = new Map<number, { top: number; nearViewport: boolean } | null>();
    const { doc } = view.state;
    return positions.map((position) => {
      if (position < 0 || position > doc.content.size) return null;
      const $position = doc.resolve(position);
      if ($position.depth === 0) return measure(view, position, containerTop);
      const blockStart = $position.before(1);
      const block = $position.node(1);
      let blockTop = blockTops.get(blockStart);
      if (blockTop === undefined) {
        const element = view.nodeDOM(blockStart);
        const rect = element instanceof HTMLElement ? element.getBoundingClientRect() : null;
        blockTop = rect ? { top: rect.top - containerTop, nearViewport: isNearViewport(rect) } : null;
        blockTops.set(blockStart, blockTop);
      }
      if (!blockTop) return measure(view, position, containerTop);
      if (!blockTop.nearViewport) return blockTop.top;
      const known = offsets.get(block) ?? new Map<number, number>();
      offsets.set(block, known);
      const offset = position - blockStart;
      let inside = known.get(offset);
      if (inside === undefined) {
        const top = measure(view, position, containerTop);
        if (top === null) return null;
        inside = top - blockTop.top;
        known.set(offset, inside);
      }
      return blockTop.top + inside;
    });
  };
}

function measure(view: EditorView, position: number, containerTop: number): number | null {
  try {
    return view.coordsAtPos(position).top - containerTop;
  } catch {
    return null;
  }
}

// Chromium lays out `content-visibility: auto` blocks within about half a screen of the
// viewport; farther ones are skipped, and measuring inside them would lay them out.
function isNearViewport({ top, bottom }: DOMRect): boolean {
  return bottom > -window.innerHeight / 2 && top < window.innerHeight * 1.5;
}
