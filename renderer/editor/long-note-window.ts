import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { BlockHeights } from './block-heights';
import { FarBlocksSheet } from './far-blocks-sheet';
import { currentPlatform } from '../app/platform';

/** From this many top-level blocks on (about 80,000 words), only the blocks near the screen are laid out. */
export const LONG_NOTE_BLOCKS = 1000;
/** Blocks either side of the caret kept laid out when it moves where the window is not. */
const BLOCKS_AROUND_CARET = 20;

/** Document positions [from, to) spanning whole top-level blocks. */
export interface BlockSpan {
  from: number;
  to: number;
}

/** Blocks taken out of layout, side by side, and the heights their spacer stands for. */
export interface FarRun extends BlockSpan {
  heights: number[];
}

export interface WindowState {
  /** The spans of blocks laid out; empty when the note is not long. */
  shown: BlockSpan[];
  far: FarRun[];
  decorations: DecorationSet;
  /** A new object each time the window is built anew (not when mapped through an edit). */
  built: object;
  /** The estimate of height per position that the spacers were built with. */
  rate: number;
}

interface WindowMeta {
  shown: BlockSpan[];
}

export const longNoteWindowKey = new PluginKey<WindowState>('longNoteWindow');

const INACTIVE: WindowState = { shown: [], far: [], decorations: DecorationSet.empty, built: {}, rate: 0 };

/**
 * The plugin's state: which blocks are laid out. Pure but for `heights`, which the
 * view fills in as it measures blocks on screen.
 */
export function longNoteWindowState(heights: BlockHeights): {
  init: (config: unknown, state: EditorState) => WindowState;
  apply: (tr: Transaction, value: WindowState) => WindowState;
} {
  return {
    init: (_config, state) => windowFor(state.doc, state.selection, [], heights),
    apply: (tr, value) => {
      const meta = tr.getMeta(longNoteWindowKey) as WindowMeta | undefined;
      if (meta) return windowFor(tr.doc, tr.selection, meta.shown, heights);
      if (!tr.docChanged && !tr.selectionSet) return value;
      if (tr.doc.childCount < LONG_NOTE_BLOCKS) return INACTIVE;
      if (value === INACTIVE) return windowFor(tr.doc, tr.selection, [], heights);
      if (tr.docChanged) {
        const shown = value.shown.map((span) => ({ from: tr.mapping.map(span.from, -1), to: tr.mapping.map(span.to, 1) }));
        // An edit inside blocks out of layout (replace all, a paste over a long selection)
        // may have changed what their spacer stands for: build the window again.
        if (touchesFarRuns(tr, value.far)) return windowFor(tr.doc, tr.selection, shown, heights);
        const mapped: WindowState = {
          shown,
          far: value.far.map((run) => ({ ...run, from: tr.mapping.map(run.from, 1), to: tr.mapping.map(run.to, -1) })),
          decorations: value.decorations.map(tr.mapping, tr.doc),
          built: value.built,
          rate: value.rate,
        };
        return selectionShown(tr.doc, tr.selection, shown) ? mapped : windowFor(tr.doc, tr.selection, shown, heights);
      }
      return selectionShown(tr.doc, tr.selection, value.shown) ? value : windowFor(tr.doc, tr.selection, value.shown, heights);
    },
  };
}

/**
 * Lays out only the blocks near the screen in a note of `LONG_NOTE_BLOCKS` blocks or
 * more; the others are `display: none`, each run of them standing as one spacer (a
 * widget) of their height, so the scroll bar stays true. They are hidden by a
 * stylesheet of `nth-child` ranges (`FarBlocksSheet`). Chromium lays out, restyles and
 * hands the input method the text of the whole editable on every key: 10–17 ms a
 * key in a book-length note, over the 16 ms budget in the bare editor too.
 * `content-visibility` (Chromium skipping the layout) broke typing, so the window
 * is kept by ProseMirror's state, around the caret and the viewport, and the keys
 * that go to the note's ends go through ProseMirror (`noteEndKey`).
 */
export const LongNoteWindow = Extension.create({
  name: 'longNoteWindow',

  addProseMirrorPlugins() {
    const heights = new BlockHeights();
    const sheet = new FarBlocksSheet();
    return [
      new Plugin<WindowState>({
        key: longNoteWindowKey,
        state: longNoteWindowState(heights),
        props: {
          decorations: (state) => {
            const laid = longNoteWindowKey.getState(state);
            sheet.fromDocument(state.doc, laid?.far ?? []);
            return laid?.decorations;
          },
          attributes: (state): Record<string, string> => (longNoteWindowKey.getState(state)?.shown.length ? { class: 'long-note' } : {}),
          handleKeyDown: (view, event) => moveToNoteEnd(view, event),
        },
        view: (view) => followViewport(view, heights, sheet),
      }),
    ];
  },
});

/** Which window of a long note is laid out: a new object each time it is built anew, undefined for a short note. */
export function laidOutWindow(state: EditorState): object | undefined {
  const laid = longNoteWindowKey.getState(state);
  return laid?.shown.length ? laid.built : undefined;
}

/**
 * The keys that go to the note's start or end: Ctrl+Home and Ctrl+End, and on macOS
 * Cmd+↑ and Cmd+↓ (with Shift, the selection grows there). Null for any other key.
 */
export function noteEndKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, mac: boolean): 'start' | 'end' | null {
  if (event.altKey) return null;
  if ((event.ctrlKey || event.metaKey) && (event.key === 'Home' || event.key === 'End')) return event.key === 'Home' ? 'start' : 'end';
  if (mac && event.metaKey && !event.ctrlKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return event.key === 'ArrowUp' ? 'start' : 'end';
  return null;
}

/** Goes to the note's start or end through ProseMirror: the browser's own would stop where the laid-out blocks end. */
function moveToNoteEnd(view: EditorView, event: KeyboardEvent): boolean {
  if (!longNoteWindowKey.getState(view.state)?.shown.length) return false;
  const where = noteEndKey(event, currentPlatform() === 'darwin');
  if (!where) return false;
  const { doc, selection } = view.state;
  const target = where === 'start' ? Selection.atStart(doc) : Selection.atEnd(doc);
  const next = event.shiftKey ? TextSelection.between(selection.$anchor, target.$head) : target;
  view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
  return true;
}

function windowFor(doc: ProseMirrorNode, selection: Selection, wanted: readonly BlockSpan[], heights: BlockHeights): WindowState {
  if (doc.childCount < LONG_NOTE_BLOCKS) return INACTIVE;
  const shown = shownFor(doc, selection, wanted);
  const decorations: Decoration[] = [];
  const far: FarRun[] = [];
  let run: FarRun | null = null;
  let span = 0;
  doc.forEach((block, start) => {
    while (span < shown.length && shown[span]!.to <= start) span++;
    const isShown = span < shown.length && shown[span]!.from <= start;
    if (isShown) {
      run = null;
      return;
    }
    const end = start + block.nodeSize;
    if (!run) {
      run = { from: start, to: end, heights: [] };
      far.push(run);
    }
    run.to = end;
    run.heights.push(heights.of(block));
  });
  for (const each of far) {
    const height = Math.round(each.heights.reduce((sum, one) => sum + one, 0));
    decorations.push(Decoration.widget(each.from, () => spacer(height), { side: -1, key: `far-${height}`, ignoreSelection: true }));
  }
  return { shown, far, decorations: DecorationSet.create(doc, decorations), built: {}, rate: heights.rate() };
}

/** The spans laid out: those wanted for the viewport, and where the selection is. */
function shownFor(doc: ProseMirrorNode, selection: Selection, wanted: readonly BlockSpan[]): BlockSpan[] {
  return mergeSpans([...wanted, ...aroundSelection(doc, selection)]);
}

function spacer(height: number): HTMLElement {
  const element = document.createElement('div');
  element.className = 'far-blocks';
  element.setAttribute('aria-hidden', 'true');
  element.style.height = `${height}px`;
  return element;
}

/** The blocks of the selection's ends, and some around its head: where typing and the caret go. */
function aroundSelection(doc: ProseMirrorNode, selection: Selection): BlockSpan[] {
  const head = blockIndexAt(doc, selection.head);
  const anchor = blockIndexAt(doc, selection.anchor);
  return [spanOfBlocks(doc, head - BLOCKS_AROUND_CARET, head + BLOCKS_AROUND_CARET), spanOfBlocks(doc, anchor, anchor)];
}

function selectionShown(doc: ProseMirrorNode, selection: Selection, shown: readonly BlockSpan[]): boolean {
  return [selection.head, selection.anchor].every((position) => {
    const index = blockIndexAt(doc, position);
    const { from } = spanOfBlocks(doc, index, index);
    return shown.some((span) => span.from <= from && from < span.to);
  });
}

function blockIndexAt(doc: ProseMirrorNode, position: number): number {
  return Math.min(doc.resolve(position).index(0), doc.childCount - 1);
}

/** The span of blocks `first` to `last` (clamped to the note). */
export function spanOfBlocks(doc: ProseMirrorNode, first: number, last: number): BlockSpan {
  const low = Math.max(0, first);
  const high = Math.min(doc.childCount - 1, last);
  let from = 0;
  for (let index = 0; index < low; index++) from += doc.child(index).nodeSize;
  let to = from;
  for (let index = low; index <= high; index++) to += doc.child(index).nodeSize;
  return { from, to };
}

function mergeSpans(spans: readonly BlockSpan[]): BlockSpan[] {
  const sorted = spans.filter((span) => span.to > span.from).sort((a, b) => a.from - b.from);
  const merged: BlockSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

function touchesFarRuns(tr: Transaction, far: readonly FarRun[]): boolean {
  let touches = false;
  tr.mapping.maps.forEach((map, index) => {
    // Each step's ranges are in the document as it was before that step.
    const before = tr.mapping.slice(0, index);
    map.forEach((oldStart, oldEnd) => {
      if (touches) return;
      touches = far.some((run) => {
        const from = before.map(run.from, 1);
        const to = before.map(run.to, -1);
        return oldStart < to && oldEnd > from;
      });
    });
  });
  return touches;
}

/**
 * The view's side: measures the blocks laid out and moves the window with the
 * viewport, once a frame while scrolling, and once after the window was built anew.
 * Typing maps the window and measures nothing.
 */
function followViewport(view: EditorView, heights: BlockHeights, sheet: FarBlocksSheet): { update: () => void; destroy: () => void } {
  let frame = 0;
  let lastWidth = -1;
  let lastBuilt: object | undefined;
  const schedule = (): void => {
    if (frame || !longNoteWindowKey.getState(view.state)?.shown.length) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      follow();
    });
  };
  const follow = (): void => {
    const state = longNoteWindowKey.getState(view.state);
    if (!state?.shown.length || !view.dom.isConnected) return;
    const width = view.dom.clientWidth;
    if (width !== lastWidth) {
      heights.forget();
      lastWidth = width;
    }
    const { doc, selection } = view.state;
    const layout = measureBlocks(view, state, heights);
    if (!layout) return;
    // The first blocks measured in a note set the estimate for the rest: spacers built
    // on the first guess are built again, or the scroll bar would jump on the first scroll.
    if (Math.abs(heights.rate() / state.rate - 1) > 0.05) {
      view.dispatch(view.state.tr.setMeta(longNoteWindowKey, { shown: state.shown } satisfies WindowMeta).setMeta('addToHistory', false));
      return;
    }
    const screen = window.innerHeight;
    const near = layout.blocksWithin(-0.5 * screen, 1.5 * screen);
    const missing = near !== null && !layout.allLaidOut(near.first, near.last);
    const surplus = layout.laidOutBeyond(-6 * screen, 7 * screen);
    if (!missing && !surplus) return;
    const wanted = layout.blocksWithin(-1.5 * screen, 2.5 * screen);
    if (!wanted) return;
    const keep = [spanOfBlocks(doc, wanted.first, wanted.last)];
    if (sameSpans(shownFor(doc, selection, keep), state.shown)) return;
    view.dispatch(view.state.tr.setMeta(longNoteWindowKey, { shown: keep } satisfies WindowMeta).setMeta('addToHistory', false));
  };
  const onScroll = (): void => schedule();
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  return {
    update: () => {
      sheet.checkDom(view, longNoteWindowKey.getState(view.state)?.far ?? []);
      const built = longNoteWindowKey.getState(view.state)?.built;
      if (built !== lastBuilt) schedule();
      lastBuilt = built;
    },
    destroy: () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
    },
  };
}

interface BlockLayout {
  /** The first and last block between two heights on screen (client coordinates). */
  blocksWithin: (top: number, bottom: number) => { first: number; last: number } | null;
  allLaidOut: (first: number, last: number) => boolean;
  /** Whether a laid-out block lies wholly outside two heights on screen. */
  laidOutBeyond: (top: number, bottom: number) => boolean;
}

/**
 * Each top-level block's place on screen: measured where laid out (and its height
 * remembered), counted from the remembered or estimated heights elsewhere.
 */
function measureBlocks(view: EditorView, state: WindowState, heights: BlockHeights): BlockLayout | null {
  const { doc } = view.state;
  const count = doc.childCount;
  const tops = new Array<number>(count);
  const laidOut = new Array<boolean>(count);
  let run = 0;
  doc.forEach((_block, start, index) => {
    while (run < state.far.length && state.far[run]!.to <= start) run++;
    const far = run < state.far.length && state.far[run]!.from <= start;
    const element = far ? null : view.nodeDOM(start);
    laidOut[index] = element instanceof HTMLElement;
    tops[index] = element instanceof HTMLElement ? element.getBoundingClientRect().top : 0;
  });
  const anchor = laidOut.indexOf(true);
  if (anchor < 0) return null;
  // A block followed by a laid-out block has an exact height: where the next one starts.
  for (let index = 0; index < count - 1; index++) {
    if (laidOut[index] && laidOut[index + 1]) heights.remember(doc.child(index), tops[index + 1]! - tops[index]!);
  }
  for (let index = anchor + 1; index < count; index++) {
    if (!laidOut[index]) tops[index] = tops[index - 1]! + heights.of(doc.child(index - 1));
  }
  for (let index = anchor - 1; index >= 0; index--) {
    if (!laidOut[index]) tops[index] = tops[index + 1]! - heights.of(doc.child(index));
  }
  const bottomOf = (index: number): number => tops[index]! + heights.of(doc.child(index));
  return {
    blocksWithin: (top, bottom) => {
      let first = -1;
      let last = -1;
      for (let index = 0; index < count; index++) {
        if (bottomOf(index) <= top || tops[index]! >= bottom) continue;
        if (first < 0) first = index;
        last = index;
      }
      return first < 0 ? null : { first, last };
    },
    allLaidOut: (first, last) => laidOut.slice(first, last + 1).every(Boolean),
    laidOutBeyond: (top, bottom) => laidOut.some((shown, index) => shown && (bottomOf(index) < top || tops[index]! > bottom)),
  };
}

function sameSpans(a: readonly BlockSpan[], b: readonly BlockSpan[]): boolean {
  return a.length === b.length && a.every((span, index) => span.from === b[index]!.from && span.to === b[index]!.to);
}

/**
 * Where the blocks out of layout would be on screen (client coordinates): their
 * spacer's top plus the heights it stands for before them; null for a block laid out.
 */
export function farBlockTops(view: EditorView): (blockStart: number) => number | null {
  const runs = longNoteWindowKey.getState(view.state)?.far ?? [];
  const placed = new Map<FarRun, Map<number, number>>();
  return (blockStart) => {
    const run = runs.find((each) => each.from <= blockStart && blockStart < each.to);
    if (!run) return null;
    let tops = placed.get(run);
    if (!tops) {
      tops = placeRun(view, run);
      placed.set(run, tops);
    }
    return tops.get(blockStart) ?? null;
  };
}

function placeRun(view: EditorView, run: FarRun): Map<number, number> {
  const tops = new Map<number, number>();
  const first = view.nodeDOM(run.from);
  const spacerElement = first instanceof HTMLElement ? first.previousElementSibling : null;
  if (!spacerElement?.classList.contains('far-blocks')) return tops;
  let top = spacerElement.getBoundingClientRect().top;
  let index = 0;
  view.state.doc.nodesBetween(run.from, run.to, (_block, start) => {
    tops.set(start, top);
    top += run.heights[index++] ?? 0;
    return false;
  });
  return tops;
}
