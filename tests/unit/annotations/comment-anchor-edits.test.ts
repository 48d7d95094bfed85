// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { redo, undo } from '@tiptap/pm/history';
import { deleteSelection, joinBackward, joinForward, splitBlock } from '@tiptap/pm/commands';
import { anchorRanges } from '../../../core/annotations/anchor-ranges';
import { commented, doc, p } from './builders';
import { rangeOf } from './find-text';
import { anchoredText, markedPieces } from './anchored-text';
import { editorState, run, select } from './editing';

const threads = (node: ProseMirrorNode) => anchorRanges(node, 'comment', 'threadId');
const quoted = (node: ProseMirrorNode, separator = '') => anchoredText(node, 'comment', 'threadId', 't1', separator);
const pieces = (node: ProseMirrorNode) => markedPieces(node, 'comment', 'threadId', 't1');
const typesComment = (state: EditorState) => (state.storedMarks ?? state.selection.$from.marks()).some((mark) => mark.type.name === 'comment');

const note = doc(p('Vietnam and ', commented('t1', 'Japan'), ' co-chaired the EWG PKO.'));
const japan = rangeOf(note, 'Japan');

describe('a comment anchor as the officer types', () => {
  it('starts on "Japan"', () => {
    expect(japan).toEqual({ from: 13, to: 18 });
    expect(threads(note)).toEqual(new Map([['t1', { start: 13, end: 18 }]]));
    expect(quoted(note)).toBe('Japan');
  });

  it('grows when text is typed inside it', () => {
    const typed = editorState(note).tr.insertText('-', japan.from + 2).doc;
    expect(threads(typed).get('t1')).toEqual({ start: 13, end: 19 });
    expect(quoted(typed)).toBe('Ja-pan');
    expect(pieces(typed)).toEqual(['Ja-pan']);
  });

  it('does not grow when text is typed right after its end', () => {
    const typed = editorState(note).tr.insertText('ese', japan.to).doc;
    expect(typed.textContent).toBe('Vietnam and Japanese co-chaired the EWG PKO.');
    expect(threads(typed).get('t1')).toEqual({ start: 13, end: 18 });
    expect(quoted(typed)).toBe('Japan');
  });

  it('does not grow when text is typed right before its start', () => {
    const typed = editorState(note).tr.insertText('pre-', japan.from).doc;
    expect(typed.textContent).toBe('Vietnam and pre-Japan co-chaired the EWG PKO.');
    expect(threads(typed).get('t1')).toEqual({ start: 17, end: 22 });
    expect(quoted(typed)).toBe('Japan');
  });

  it('offers the comment mark to the cursor inside the anchor only, not at its edges', () => {
    const state = editorState(note);
    expect(typesComment(select(state, japan.from))).toBe(false);
    expect(typesComment(select(state, japan.from + 1))).toBe(true);
    expect(typesComment(select(state, japan.to - 1))).toBe(true);
    expect(typesComment(select(state, japan.to))).toBe(false);
    expect(select(state, japan.to).storedMarks).toBeNull();
  });

  it('does not grow when typing at the cursor after its end (the keyboard path)', () => {
    const state = select(editorState(note), japan.to);
    const typed = state.apply(state.tr.insertText('ese')).doc;
    expect(quoted(typed)).toBe('Japan');
    expect(pieces(typed)).toEqual(['Japan']);
  });

  it.each([
    ['start', 1],
    ['end', 6],
  ])('does not grow when text is typed at the %s of a paragraph the anchor fills', (_edge, position) => {
    const typed = editorState(doc(p(commented('t1', 'Japan')))).tr.insertText('X', position).doc;
    expect(typed.textContent).toHaveLength(6);
    expect(quoted(typed)).toBe('Japan');
  });

  it('detaches when the whole anchored text is selected and typed over (ProseMirror non-inclusive behaviour)', () => {
    const state = select(editorState(note), japan.from, japan.to);
    const typed = state.apply(state.tr.insertText('Korea')).doc;
    expect(typed.textContent).toBe('Vietnam and Korea co-chaired the EWG PKO.');
    expect(threads(typed).has('t1')).toBe(false);
  });

  it('keeps the replacement in the anchor when the middle of the anchored text is typed over', () => {
    const state = select(editorState(note), japan.from + 1, japan.to - 1);
    const typed = state.apply(state.tr.insertText('APA')).doc;
    expect(quoted(typed)).toBe('JAPAn');
  });

  it('leaves the replacement outside the anchor when typing over reaches its end', () => {
    const state = select(editorState(note), japan.from + 1, japan.to);
    const typed = state.apply(state.tr.insertText('APAN')).doc;
    expect(typed.textContent).toBe(note.textContent.replace('Japan', 'JAPAN'));
    expect(quoted(typed)).toBe('J');
  });
});

describe('a comment anchor split across paragraphs', () => {
  const split = run(select(editorState(note), japan.from + 2), splitBlock);

  it('keeps the thread on both parts, and anchorRanges runs from the first part to the second', () => {
    expect(split.doc.childCount).toBe(2);
    expect(split.doc.child(0).textContent).toBe('Vietnam and Ja');
    expect(split.doc.child(1).textContent).toBe('pan co-chaired the EWG PKO.');
    expect(pieces(split.doc)).toEqual(['Ja', 'pan']);
    expect(threads(split.doc).get('t1')).toEqual({ start: 13, end: 20 });
    expect(quoted(split.doc)).toBe('Japan');
    expect(quoted(split.doc, '\n')).toBe('Ja\npan');
    expect(split.doc.textContent).toBe(note.textContent);
  });

  it('is one contiguous anchor again once joined backward', () => {
    const joined = run(select(split, split.doc.child(0).nodeSize + 1), joinBackward);
    expect(joined.doc.eq(note)).toBe(true);
    expect(threads(joined.doc)).toEqual(threads(note));
    expect(pieces(joined.doc)).toEqual(['Japan']);
  });

  it('is one contiguous anchor again once joined forward', () => {
    const joined = run(select(split, split.doc.child(0).nodeSize - 1), joinForward);
    expect(joined.doc.eq(note)).toBe(true);
    expect(threads(joined.doc)).toEqual(threads(note));
  });

  it.each([
    ['start', japan.from],
    ['end', japan.to],
  ])('stays whole when the paragraph is split at its %s', (_edge, position) => {
    const atEdge = run(select(editorState(note), position), splitBlock);
    expect(atEdge.doc.childCount).toBe(2);
    expect(pieces(atEdge.doc)).toEqual(['Japan']);
    expect(quoted(atEdge.doc, '\n')).toBe('Japan');
  });

  it('comes back whole when the split is undone', () => {
    const undone = run(split, undo);
    expect(undone.doc.eq(note)).toBe(true);
    expect(threads(undone.doc)).toEqual(threads(note));
  });
});

describe('deleting anchored text', () => {
  it('shrinks the anchor when its end is deleted', () => {
    const shrunk = editorState(note).tr.delete(japan.from + 2, japan.to).doc;
    expect(threads(shrunk).get('t1')).toEqual({ start: 13, end: 15 });
    expect(quoted(shrunk)).toBe('Ja');
  });

  it('shrinks the anchor when its middle is deleted', () => {
    const shrunk = editorState(note).tr.delete(japan.from + 1, japan.to - 1).doc;
    expect(quoted(shrunk)).toBe('Jn');
    expect(pieces(shrunk)).toEqual(['Jn']);
  });

  it('shrinks the anchor when a deletion overlaps its start', () => {
    const shrunk = editorState(note).tr.delete(rangeOf(note, 'and Ja').from, rangeOf(note, 'and Ja').to).doc;
    expect(shrunk.textContent).toBe('Vietnam pan co-chaired the EWG PKO.');
    expect(quoted(shrunk)).toBe('pan');
  });

  it('detaches the thread when all of it is deleted; undo brings it back with the same id; redo detaches it again', () => {
    const selected = select(editorState(note), japan.from, japan.to);
    const deleted = run(selected, deleteSelection);
    expect(deleted.doc.textContent).toBe('Vietnam and  co-chaired the EWG PKO.');
    expect(threads(deleted.doc).has('t1')).toBe(false);
    expect(threads(deleted.doc).size).toBe(0);

    const undone = run(deleted, undo);
    expect(undone.doc.eq(note)).toBe(true);
    expect(threads(undone.doc)).toEqual(new Map([['t1', { start: 13, end: 18 }]]));
    expect(quoted(undone.doc)).toBe('Japan');

    const redone = run(undone, redo);
    expect(redone.doc.eq(deleted.doc)).toBe(true);
    expect(threads(redone.doc).has('t1')).toBe(false);
  });

  it('detaches the thread when a wider deletion swallows it, and undo restores it', () => {
    const wide = rangeOf(note, 'and Japan co');
    const state = editorState(note);
    const deleted = state.apply(state.tr.delete(wide.from, wide.to));
    expect(threads(deleted.doc).has('t1')).toBe(false);
    expect(quoted(run(deleted, undo).doc)).toBe('Japan');
  });
});
