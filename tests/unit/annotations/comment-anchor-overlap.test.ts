// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { anchorRanges } from '../../../core/annotations/anchor-ranges';
import { commented, commentMark, doc, p, schema } from './builders';
import { rangeOf } from './find-text';
import { anchoredText, markedPieces } from './anchored-text';
import { editorState, select } from './editing';

const threads = (node: ProseMirrorNode) => anchorRanges(node, 'comment', 'threadId');
const quoted = (node: ProseMirrorNode, id: string) => anchoredText(node, 'comment', 'threadId', id);
const threadIdsOn = (node: ProseMirrorNode, needle: string) => {
  const { from } = rangeOf(node, needle);
  return node.nodeAt(from)!.marks.filter((mark) => mark.type.name === 'comment').map((mark) => mark.attrs.threadId as string).sort();
};

describe('overlapping comment threads', () => {
  const plain = doc(p('Vietnam and Japan co-chaired the EWG PKO.'));
  const t1 = rangeOf(plain, 'Vietnam and Japan');
  const t2 = rangeOf(plain, 'Japan co-chaired');
  const overlapping = editorState(plain).tr.addMark(t1.from, t1.to, commentMark('t1')).addMark(t2.from, t2.to, commentMark('t2')).doc;

  it('keeps both threads when the second is added over the first', () => {
    expect(threads(overlapping)).toEqual(
      new Map([
        ['t1', { start: t1.from, end: t1.to }],
        ['t2', { start: t2.from, end: t2.to }],
      ]),
    );
    expect(quoted(overlapping, 't1')).toBe('Vietnam and Japan');
    expect(quoted(overlapping, 't2')).toBe('Japan co-chaired');
  });

  it('puts both marks on the overlap "Japan", and one on each side of it', () => {
    expect(threadIdsOn(overlapping, 'Japan')).toEqual(['t1', 't2']);
    expect(threadIdsOn(overlapping, 'Vietnam')).toEqual(['t1']);
    expect(threadIdsOn(overlapping, ' co-chaired')).toEqual(['t2']);
    expect(threadIdsOn(overlapping, ' the EWG')).toEqual([]);
  });

  it('is what the builder writes, whichever order the marks were added in', () => {
    const built = doc(p(commented('t1', 'Vietnam and ', commented('t2', 'Japan')), commented('t2', ' co-chaired'), ' the EWG PKO.'));
    expect(threads(built)).toEqual(threads(overlapping));
    expect(markedPieces(built, 'comment', 'threadId', 't1')).toEqual(markedPieces(overlapping, 'comment', 'threadId', 't1'));
    expect(markedPieces(built, 'comment', 'threadId', 't2')).toEqual(markedPieces(overlapping, 'comment', 'threadId', 't2'));
  });

  it('leaves t2 intact when t1 is removed by its own mark', () => {
    const removed = editorState(overlapping).tr.removeMark(0, overlapping.content.size, commentMark('t1')).doc;
    expect(threads(removed).has('t1')).toBe(false);
    expect(threads(removed).get('t2')).toEqual({ start: t2.from, end: t2.to });
    expect(quoted(removed, 't2')).toBe('Japan co-chaired');
    expect(threadIdsOn(removed, 'Japan')).toEqual(['t2']);
  });

  it('removes every thread when removed by mark type, which is why removal must name the mark', () => {
    const removed = editorState(overlapping).tr.removeMark(0, overlapping.content.size, schema.marks.comment).doc;
    expect(threads(removed).size).toBe(0);
  });

  it('extends only the thread that continues past a position when typed there', () => {
    const typed = editorState(overlapping).tr.insertText('ese', rangeOf(overlapping, 'Japan').to).doc;
    expect(quoted(typed, 't1')).toBe('Vietnam and Japan');
    expect(quoted(typed, 't2')).toBe('Japanese co-chaired');
  });

  it('extends both threads when typed inside the overlap', () => {
    const typed = editorState(overlapping).tr.insertText('-', rangeOf(overlapping, 'Japan').from + 2).doc;
    expect(quoted(typed, 't1')).toBe('Vietnam and Ja-pan');
    expect(quoted(typed, 't2')).toBe('Ja-pan co-chaired');
  });
});

describe('copying and pasting anchored text', () => {
  const note = doc(p('Vietnam and ', commented('t1', 'Japan'), ' co-chaired the EWG PKO.'), p('Next chair: '));
  const japan = rangeOf(note, 'Japan');
  const pasteAtEnd = (from: number, to: number) => {
    const state = select(editorState(note), note.content.size - 1);
    return state.apply(state.tr.replaceSelection(note.slice(from, to))).doc;
  };

  it('keeps the thread id on the pasted copy', () => {
    const pasted = pasteAtEnd(japan.from, japan.to);
    expect(pasted.child(1).textContent).toBe('Next chair: Japan');
    expect(markedPieces(pasted, 'comment', 'threadId', 't1')).toEqual(['Japan', 'Japan']);
    expect(pasted.nodeAt(rangeOf(pasted, 'Japan', 1).from)!.marks).toEqual([commentMark('t1')]);
  });

  it('makes anchorRanges span from the original to the copy, taking in the text between', () => {
    const pasted = pasteAtEnd(japan.from, japan.to);
    const copy = rangeOf(pasted, 'Japan', 1);
    expect(threads(pasted).get('t1')).toEqual({ start: japan.from, end: copy.to });
    expect(anchoredText(pasted, 'comment', 'threadId', 't1', '\n')).toBe('Japan co-chaired the EWG PKO.\nNext chair: Japan');
  });

  it('keeps the thread id on a pasted part of the anchored text, with the plain text around it unmarked', () => {
    const around = rangeOf(note, 'and Japan co');
    const pasted = pasteAtEnd(around.from, around.to);
    expect(pasted.child(1).textContent).toBe('Next chair: and Japan co');
    expect(markedPieces(pasted, 'comment', 'threadId', 't1')).toEqual(['Japan', 'Japan']);
    expect(pasted.nodeAt(rangeOf(pasted, 'and ', 1).from)!.marks).toEqual([]);
    expect(pasted.nodeAt(rangeOf(pasted, ' co', 1).from)!.marks).toEqual([]);
  });
});
