// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { redo, redoDepth, undo, undoDepth } from '@tiptap/pm/history';
import { splitBlock } from '@tiptap/pm/commands';
import { anchorRanges } from '../../../core/annotations/anchor-ranges';
import { commentMark, doc, p } from './builders';
import { editorState, run, select } from './editing';

// Each character says where it came from, so the anchor can be checked against it:
// a–e plain original text, A–E originally anchored, '*' typed strictly inside the
// anchored text, '~' typed between the anchor's first and last character but not
// inside anchored text (e.g. at a split), '+' typed at or beyond the anchor's edges.
const ANCHORED = /[A-E*]/;
const ORIGINAL_ANCHORED = /[A-E]/g;

type Edit = { kind: 'insert'; at: number; length: number } | { kind: 'delete'; from: number; to: number } | { kind: 'split'; at: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
);

const noteArbitrary = fc
  .record({
    paragraphs: fc.array(fc.string({ unit: fc.constantFrom(...'abcde'), minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 }),
    start: fc.nat(),
    end: fc.nat(),
  })
  .map(({ paragraphs, start, end }) => anchoredNote(paragraphs, start, end));

/** Paragraphs of text with the characters from `start` to `end` (of all of them, in order) anchored to thread t1. */
function anchoredNote(paragraphs: string[], start: number, end: number): ProseMirrorNode {
  const total = paragraphs.join('').length;
  const [from, to] = [start % total, end % total].sort((a, b) => a - b) as [number, number];
  let offset = 0;
  const upper = paragraphs.map((text) => {
    const cased = [...text].map((char, i) => (offset + i >= from && offset + i <= to ? char.toUpperCase() : char)).join('');
    offset += text.length;
    return cased;
  });
  const plain = doc(...upper.map((text) => p(text)));
  const chars = characterPositions(plain);
  return editorState(plain).tr.addMark(chars[from]!.position, chars[to]!.position + 1, commentMark('t1')).doc;
}

interface Character {
  char: string;
  position: number;
  anchored: boolean;
}

function characterPositions(node: ProseMirrorNode): Character[] {
  const chars: Character[] = [];
  node.descendants((child, position) => {
    if (!child.isText) return;
    const anchored = child.marks.some((mark) => mark.eq(commentMark('t1')));
    [...child.text!].forEach((char, i) => chars.push({ char, position: position + i, anchored }));
  });
  return chars;
}

/** Every place a cursor can stand in the note's text. */
function cursorPositions(node: ProseMirrorNode): number[] {
  const positions: number[] = [];
  node.descendants((child, position) => {
    if (!child.isTextblock) return true;
    for (let at = 0; at <= child.content.size; at++) positions.push(position + 1 + at);
    return false;
  });
  return positions;
}

const isAnchored = (node: ProseMirrorNode | null | undefined) => !!node?.marks.some((mark) => mark.eq(commentMark('t1')));

function typedChar(state: EditorState, position: number): string {
  const range = anchorRanges(state.doc, 'comment', 'threadId').get('t1');
  if (!range || position <= range.start || position >= range.end) return '+';
  const $position = state.doc.resolve(position);
  return isAnchored($position.nodeBefore) && isAnchored($position.nodeAfter) ? '*' : '~';
}

function applyEdit(state: EditorState, edit: Edit): EditorState {
  const positions = cursorPositions(state.doc);
  const pick = (n: number) => positions[n % positions.length]!;
  switch (edit.kind) {
    case 'insert': {
      const at = pick(edit.at);
      return state.apply(state.tr.insertText(typedChar(state, at).repeat(edit.length), at));
    }
    case 'delete': {
      const [from, to] = [pick(edit.from), pick(edit.to)].sort((a, b) => a - b) as [number, number];
      return from === to ? state : state.apply(state.tr.delete(from, to));
    }
    case 'split':
      return run(select(state, pick(edit.at)), splitBlock);
  }
}

function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const char of whole) if (i < part.length && part[i] === char) i++;
  return i === part.length;
}

/** What must hold of thread t1 after any edit, given where each character came from. */
function expectAnchorFaithful(node: ProseMirrorNode, originallyAnchored: string): void {
  const chars = characterPositions(node);
  for (const { char, anchored } of chars) expect(anchored, `"${char}" in "${node.textContent}"`).toBe(ANCHORED.test(char));

  const anchoredChars = chars.filter((c) => c.anchored);
  const range = anchorRanges(node, 'comment', 'threadId').get('t1');
  if (anchoredChars.length === 0) {
    expect(range).toBeUndefined();
    return;
  }
  expect(range).toEqual({ start: anchoredChars[0]!.position, end: anchoredChars.at(-1)!.position + 1 });
  const text = node.textBetween(range!.start, range!.end);
  expect(text).toMatch(/^[A-E*~]+$/);
  expect(node.textBetween(0, range!.start) + node.textBetween(range!.end, node.content.size)).not.toMatch(ANCHORED);
  expect(isSubsequence((text.match(ORIGINAL_ANCHORED) ?? []).join(''), originallyAnchored)).toBe(true);
}

describe('a comment anchor under random edits', () => {
  it('stays on text that was anchored or typed inside it, and undo restores the note exactly', () => {
    fc.assert(
      fc.property(noteArbitrary, fc.array(editArbitrary, { maxLength: 12 }), (note, edits) => {
        const originallyAnchored = (note.textContent.match(ORIGINAL_ANCHORED) ?? []).join('');
        const original = anchorRanges(note, 'comment', 'threadId');
        expectAnchorFaithful(note, originallyAnchored);

        let state = editorState(note);
        for (const edit of edits) {
          state = applyEdit(state, edit);
          expectAnchorFaithful(state.doc, originallyAnchored);
        }
        const edited = state.doc;

        while (undoDepth(state) > 0) {
          state = run(state, undo);
          expectAnchorFaithful(state.doc, originallyAnchored);
        }
        expect(state.doc.eq(note)).toBe(true);
        expect(anchorRanges(state.doc, 'comment', 'threadId')).toEqual(original);

        while (redoDepth(state) > 0) state = run(state, redo);
        expect(state.doc.eq(edited)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
