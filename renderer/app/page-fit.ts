import type { PrintPageSize } from '../../core/export/print';

const PX_PER_MM = 96 / 25.4;

/** Paper sizes and the print stylesheet's margins (core/export/print/print-css.ts), in millimetres. */
const PAPER_MM: Record<PrintPageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};
const MARGIN_MM = { top: 25, right: 20, bottom: 25, left: 20 };

/** The printable box of one page in CSS pixels: the width the body is laid out at and the height that fills a page. */
export function pageContentBox(pageSize: PrintPageSize): { width: number; height: number } {
  const paper = PAPER_MM[pageSize];
  return {
    width: (paper.width - MARGIN_MM.left - MARGIN_MM.right) * PX_PER_MM,
    height: (paper.height - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM,
  };
}

/** A block of the laid-out print body, measured from the body's top in CSS pixels. */
export interface PrintBlock {
  top: number;
  bottom: number;
  /** False for what the print stylesheet keeps whole (headings, quotes, list items, the title block). */
  breakable: boolean;
  /** True for headings: they move to the next page with the block after them. */
  keepWithNext: boolean;
}

/**
 * How many pages the blocks fill, as a fraction ("1.6"): whole pages before
 * the last one plus the share of the last one used. Mirrors the print
 * stylesheet's page-break rules: a block kept whole that would cross the foot
 * of a page starts the next one (unless it is taller than a page), and a
 * heading goes with it; a paragraph simply continues on the next page.
 */
export function pagesFilled(blocks: readonly PrintBlock[], pageHeight: number): number {
  if (blocks.length === 0 || pageHeight <= 0) return 0;
  let pageStart = 0;
  let pages = 1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    while (block.bottom - pageStart > pageHeight + 0.5) {
      const foot = pageStart + pageHeight;
      const startsNextPage = block.top >= foot || (!block.breakable && block.bottom - block.top <= pageHeight);
      const keptTop = keptStart(blocks, i, pageStart);
      pageStart = startsNextPage && keptTop > pageStart ? keptTop : foot;
      pages++;
    }
  }
  const end = blocks[blocks.length - 1]!.bottom;
  return pages - 1 + Math.max(0, end - pageStart) / pageHeight;
}

/** The top of block `i`, or of the headings just before it on the same page, which move with it. */
function keptStart(blocks: readonly PrintBlock[], i: number, pageStart: number): number {
  let start = blocks[i]!.top;
  for (let j = i - 1; j >= 0 && blocks[j]!.keepWithNext && blocks[j]!.top > pageStart; j--) start = blocks[j]!.top;
  return start;
}

/** Where the note stands against its limit: within it, near it (over 90 %), or past it. */
export type PageFitLevel = 'within' | 'near' | 'over';

export function pageFitLevel(pages: number, limit: number): PageFitLevel {
  if (pages > limit) return 'over';
  return pages > limit * 0.9 ? 'near' : 'within';
}

/** Pages rounded up to a tenth, so "2.0" never hides a page that has begun ("2.01" shows as "2.1"). */
export function roundPages(pages: number): number {
  return Math.max(0, Math.ceil(pages * 10 - 1e-6)) / 10;
}
