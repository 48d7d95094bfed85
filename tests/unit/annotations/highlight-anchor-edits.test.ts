// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { redo, undo } from '@tiptap/pm/history';
import { deleteSelection, joinBackward, splitBlock } from '@tiptap/pm/commands';
import { anchorRanges } from '../../../core/annotations/anchor-ranges';
import { commented, doc, highlighted, highlightMark, p } from './builders';
import { rangeOf } from './find-text';
import { anchoredText, markedPieces } from './anchored-text';
import { editorState, run, select } from './editing';

const highlights = (node: ProseMirrorNode) => anchorRanges(node, 'highlight', 'highlightId');
const quoted = (node: ProseMirrorNode, separator = '') => anchoredText(node, 'highlight', 'highlightId', 'h1', separator);
const meaningsOf = (node: ProseMirrorNode) => {
  const meanings: unknown[] = [];
  node.descendants((child) => {
    for (const mark of child.marks) if (mark.type.name === 'highlight') meanings.push(mark.attrs.meaning);
  });
  return meanings;
};

const note = doc(p('The meeting agreed ', highlighted('h1', 'verify', 'a 12% budget rise'), ' for 2023.'));
const rise = rangeOf(note, 'a 12% budget rise');

describe('a highlight anchor through edits', () => {
  it('starts on the highlighted passage', () => {
    expect(highlights(note)).toEqual(new Map([['h1', { start: rise.from, end: rise.to }]]));
    expect(quoted(note)).toBe('a 12% budget rise');
  });

  it('does not grow when text is typed at either edge', () => {
    const typed = editorState(note).tr.insertText('!', rise.to).insertText('only ', rise.from).doc;
    expect(typed.textContent).toBe('The meeting agreed only a 12% budget rise! for 2023.');
    expect(quoted(typed)).toBe('a 12% budget rise');
  });

  it('keeps the highlight and its meaning on both parts when its paragraph is split inside it', () => {
    const split = run(select(editorState(note), rangeOf(note, ' budget').from), splitBlock);
    expect(markedPieces(split.doc, 'highlight', 'highlightId', 'h1')).toEqual(['a 12%', ' budget rise']);
    expect(meaningsOf(split.doc)).toEqual(['verify', 'verify']);
    expect(quoted(split.doc)).toBe('a 12% budget rise');
    expect(quoted(split.doc, '\n')).toBe('a 12%\n budget rise');

    const joined = run(select(split, split.doc.child(0).nodeSize + 1), joinBackward);
    expect(joined.doc.eq(note)).toBe(true);
    expect(highlights(joined.doc)).toEqual(highlights(note));
  });

  it('shrinks when part of it is deleted', () => {
    const budget = rangeOf(note, ' budget');
    const shrunk = editorState(note).tr.delete(budget.from, budget.to).doc;
    expect(quoted(shrunk)).toBe('a 12% rise');
    expect(highlights(shrunk).get('h1')).toEqual({ start: rise.from, end: rise.to - ' budget'.length });
  });

  it('is absent once all of it is deleted, back with its id and meaning on undo, absent again on redo', () => {
    const deleted = run(select(editorState(note), rise.from, rise.to), deleteSelection);
    expect(highlights(deleted.doc).has('h1')).toBe(false);

    const undone = run(deleted, undo);
    expect(undone.doc.eq(note)).toBe(true);
    expect(quoted(undone.doc)).toBe('a 12% budget rise');
    expect(meaningsOf(undone.doc)).toEqual(['verify']);

    expect(highlights(run(undone, redo).doc).has('h1')).toBe(false);
  });

  it('is independent of a comment on the same text', () => {
    const both = doc(p('The meeting agreed ', commented('t1', highlighted('h1', 'sensitive', 'a 12% budget rise')), ' for 2023.'));
    const unhighlighted = editorState(both).tr.removeMark(0, both.content.size, highlightMark('h1', 'sensitive')).doc;
    expect(highlights(unhighlighted).size).toBe(0);
    expect(anchoredText(unhighlighted, 'comment', 'threadId', 't1')).toBe('a 12% budget rise');
  });

  it('is not removed by a highlight mark of another meaning', () => {
    const kept = editorState(note).tr.removeMark(0, note.content.size, highlightMark('h1', 'key')).doc;
    expect(quoted(kept)).toBe('a 12% budget rise');
  });
});
