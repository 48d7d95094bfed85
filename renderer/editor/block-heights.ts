import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

// Before any block is measured: a line of 12pt type at 1.5 takes 24 px and holds about 80 characters.
const FIRST_GUESS_PER_POSITION = 24 / 80;
const FIRST_GUESS_GAP = 24;

/**
 * The heights of a long note's top-level blocks, for the spacers that stand for the
 * blocks out of layout: measured once a block was on screen (remembered with the
 * block, which ProseMirror keeps as one object while unchanged), and elsewhere
 * estimated from its length at the rate the measured blocks give.
 */
export class BlockHeights {
  #measured = new WeakMap<ProseMirrorNode, number>();
  #measuredHeight = 0;
  #measuredSize = 0;

  of(block: ProseMirrorNode): number {
    return this.#measured.get(block) ?? this.#estimate(block);
  }

  remember(block: ProseMirrorNode, height: number): void {
    if (!(height > 0) || this.#measured.has(block)) return;
    this.#measured.set(block, height);
    this.#measuredHeight += height;
    this.#measuredSize += block.nodeSize;
  }

  /** Lines wrap differently at another width: every measured height is stale. */
  forget(): void {
    this.#measured = new WeakMap();
    this.#measuredHeight = 0;
    this.#measuredSize = 0;
  }

  /** Height per document position in the estimates, as measured so far. */
  rate(): number {
    return this.#measuredSize === 0 ? FIRST_GUESS_PER_POSITION : this.#measuredHeight / this.#measuredSize;
  }

  #estimate(block: ProseMirrorNode): number {
    if (this.#measuredSize === 0) return FIRST_GUESS_GAP + block.nodeSize * FIRST_GUESS_PER_POSITION;
    return block.nodeSize * this.rate();
  }
}
