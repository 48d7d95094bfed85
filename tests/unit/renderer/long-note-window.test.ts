// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/core';
import { EditorState, Plugin, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { noteExtensions } from '../../../core/document/note-extensions';
import { BlockHeights } from '../../../renderer/editor/block-heights';
import { LONG_NOTE_BLOCKS, longNoteWindowKey, longNoteWindowState, noteEndKey, spanOfBlocks, type WindowState } from '../../../renderer/editor/long-note-window';

const schema = getSchema(noteExtensions());

function noteOf(blocks: number): EditorState {
  const doc = schema.node(
    'doc',
    null,
    Array.from({ length: blocks }, (_, index) => schema.node('paragraph', null, [schema.text(`Paragraph ${index} of a long note.`)])),
  );
  const plugin = new Plugin<WindowState>({ key: longNoteWindowKey, state: longNoteWindowState(new BlockHeights()) });
  return EditorState.create({ doc, plugins: [plugin], selection: Selection.atStart(doc) });
}

const windowOf = (state: EditorState): WindowState => longNoteWindowKey.getState(state)!;
const decorationsOf = (state: EditorState): Decoration[] => windowOf(state).decorations.find();
const blockStarts = (state: EditorState): number[] => {
  const starts: number[] = [];
  state.doc.forEach((_block, start) => starts.push(start));
  return starts;
};
const farBlockStarts = (state: EditorState): number[] =>
  blockStarts(state).filter((start) => windowOf(state).far.some((run) => run.from <= start && start < run.to));
const spacersAt = (state: EditorState): number[] => decorationsOf(state).map((decoration) => decoration.from);
const startOfBlockAt = (state: EditorState, position: number): number => {
  const index = Math.min(state.doc.resolve(position).index(0), state.doc.childCount - 1);
  return spanOfBlocks(state.doc, index, index).from;
};

/** What must hold after any transaction: each block laid out or far, never both; the selection's blocks laid out; one spacer per run of far blocks. */
function expectWhole(state: EditorState): void {
  const window = windowOf(state);
  const far = new Set(farBlockStarts(state));
  const starts = blockStarts(state);
  const shown = (start: number): boolean => window.shown.some((span) => span.from <= start && start < span.to);
  for (const start of starts) expect(shown(start) !== far.has(start), `block at ${start}`).toBe(true);
  expect(far.has(startOfBlockAt(state, state.selection.head)), 'the caret’s block is laid out').toBe(false);
  expect(far.has(startOfBlockAt(state, state.selection.anchor)), 'the anchor’s block is laid out').toBe(false);
  const runStarts = starts.filter((start, index) => far.has(start) && (index === 0 || !far.has(starts[index - 1]!)));
  expect(spacersAt(state)).toEqual(runStarts);
  expect(window.far.map((run) => run.from)).toEqual(runStarts);
  for (const run of window.far) expect(run.heights.length).toBe(starts.filter((start) => start >= run.from && start < run.to).length);
}

describe('a long note’s window of laid-out blocks', () => {
  it('leaves a note under the threshold whole', () => {
    const state = noteOf(LONG_NOTE_BLOCKS - 1);
    expect(windowOf(state).shown).toEqual([]);
    expect(decorationsOf(state)).toEqual([]);
  });

  it('lays out the blocks around the caret of a long note and stands one spacer for the rest', () => {
    const state = noteOf(LONG_NOTE_BLOCKS + 200);
    expectWhole(state);
    expect(farBlockStarts(state).length).toBe(LONG_NOTE_BLOCKS + 200 - 21);
    expect(spacersAt(state)).toHaveLength(1);
  });

  it('maps the window through typing without building it again', () => {
    const state = noteOf(LONG_NOTE_BLOCKS);
    const before = windowOf(state);
    const typed = state.apply(state.tr.insertText('Typed '));
    expect(windowOf(typed).built).toBe(before.built);
    expect(windowOf(typed).far[0]!.from).toBe(before.far[0]!.from + 'Typed '.length);
    expectWhole(typed);
  });

  it('lays out the last block when the caret goes to the end, and the block a selection started in', () => {
    const state = noteOf(LONG_NOTE_BLOCKS);
    const atEnd = state.apply(state.tr.setSelection(TextSelection.between(state.selection.$anchor, Selection.atEnd(state.doc).$head)));
    expectWhole(atEnd);
    expect(windowOf(atEnd).built).not.toBe(windowOf(state).built);
  });

  it('keeps a new paragraph laid out, and shrinks back to a whole note under the threshold', () => {
    const state = noteOf(LONG_NOTE_BLOCKS);
    const split = state.apply(state.tr.split(state.selection.head));
    expectWhole(split);
    const cut = split.apply(split.tr.delete(0, spanOfBlocks(split.doc, 0, 10).to));
    expect(windowOf(cut).shown).toEqual([]);
    expect(decorationsOf(cut)).toEqual([]);
  });

  it('builds the window again when an edit reaches blocks out of layout', () => {
    const state = noteOf(LONG_NOTE_BLOCKS + 10);
    const farBlock = farBlockStarts(state)[500]!;
    const replaced = state.apply(state.tr.insertText('Replaced', farBlock + 1, farBlock + 10));
    expectWhole(replaced);
    expect(windowOf(replaced).built).not.toBe(windowOf(state).built);
    const joined = replaced.apply(replaced.tr.join(farBlockStarts(replaced)[500]!));
    expectWhole(joined);
  });

  it('stays whole through any mix of typing, splitting, deleting, moving the caret and scrolling', () => {
    type Step = { kind: 'type' | 'split' | 'delete' | 'caret' | 'scroll' | 'select'; at: number; length: number };
    const step = fc.record({
      kind: fc.constantFrom<Step['kind']>('type', 'split', 'delete', 'caret', 'scroll', 'select'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let state = noteOf(LONG_NOTE_BLOCKS + 5);
        for (const { kind, at, length } of steps) {
          const size = state.doc.content.size;
          const position = Math.max(1, Math.min(size - 1, Math.floor(at * size)));
          const $position = state.doc.resolve(position);
          let tr: Transaction = state.tr;
          if (kind === 'type') tr = tr.insertText('abc');
          else if (kind === 'split' && $position.parent.isTextblock) tr = tr.split(position);
          else if (kind === 'delete') tr = tr.delete(position, Math.min(size - 1, position + length * 10));
          else if (kind === 'caret') tr = tr.setSelection(Selection.near($position));
          else if (kind === 'select') tr = tr.setSelection(TextSelection.between(state.selection.$anchor, Selection.near($position).$head));
          else if (kind === 'scroll') {
            const index = $position.index(0);
            tr = tr.setMeta(longNoteWindowKey, { shown: [spanOfBlocks(state.doc, index - 10, index + 10)] });
          }
          state = state.apply(tr);
          if (windowOf(state).shown.length) expectWhole(state);
          else expect(state.doc.childCount).toBeLessThan(LONG_NOTE_BLOCKS);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the keys that go to a long note’s start or end', () => {
  const key = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

  it('are Ctrl+Home and Ctrl+End everywhere, and Cmd+↑ and Cmd+↓ on macOS', () => {
    expect(noteEndKey(key('Home', { ctrlKey: true }), false)).toBe('start');
    expect(noteEndKey(key('End', { ctrlKey: true }), false)).toBe('end');
    expect(noteEndKey(key('ArrowUp', { metaKey: true }), true)).toBe('start');
    expect(noteEndKey(key('ArrowDown', { metaKey: true }), true)).toBe('end');
  });

  it('leave every other key to the browser', () => {
    expect(noteEndKey(key('Home'), false)).toBeNull();
    expect(noteEndKey(key('End', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(noteEndKey(key('ArrowDown', { metaKey: true }), false)).toBeNull();
    expect(noteEndKey(key('ArrowDown', { ctrlKey: true }), true)).toBeNull();
    expect(noteEndKey(key('PageDown', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('the heights a long note’s spacers stand for', () => {
  const paragraph = (text: string) => schema.node('paragraph', null, [schema.text(text)]);

  it('are measured where a block was on screen, and estimated elsewhere at the rate the measured ones give', () => {
    const heights = new BlockHeights();
    const short = paragraph('Short.');
    const long = paragraph('A longer paragraph, twice as long as the other one or more.');
    const firstGuess = heights.of(long);
    expect(firstGuess).toBeGreaterThan(heights.of(short));

    heights.remember(short, 40);
    expect(heights.of(short)).toBe(40);
    expect(heights.rate()).toBeCloseTo(40 / short.nodeSize);
    expect(heights.of(long)).toBeCloseTo(long.nodeSize * (40 / short.nodeSize));
    // A block keeps its first measure: ProseMirror makes a new object for a changed block.
    heights.remember(short, 90);
    expect(heights.of(short)).toBe(40);
  });

  it('forget every measure when the lines wrap at another width', () => {
    const heights = new BlockHeights();
    const block = paragraph('Measured once.');
    const firstGuess = heights.of(block);
    heights.remember(block, 300);
    heights.forget();
    expect(heights.of(block)).toBe(firstGuess);
  });
});
