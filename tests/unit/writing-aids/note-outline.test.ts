import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';
import { headingsOf, nestOutline, sameOutline } from '../../../renderer/app/note-outline';

const schema = getSchema(noteExtensions());
const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('headingsOf', () => {
  it('lists headings in order with the position inside each', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: [heading(1, 'Summary'), paragraph('Text'), heading(2, ' Background '), { type: 'blockquote', content: [heading(3, 'Quoted')] }] });
    const headings = headingsOf(doc);
    expect(headings.map(({ level, text }) => [level, text])).toEqual([
      [1, 'Summary'],
      [2, 'Background'],
      [3, 'Quoted'],
    ]);
    for (const { pos, text } of headings) expect(doc.resolve(pos).parent.textContent.trim()).toBe(text);
  });

  it('finds nothing in a note without headings', () => {
    expect(headingsOf(schema.nodeFromJSON({ type: 'doc', content: [paragraph('Only text')] }))).toEqual([]);
  });
});

describe('nestOutline', () => {
  const at = (level: number, text: string, pos: number) => ({ level, text, pos });

  it('nests each heading under the nearest smaller level', () => {
    const tree = nestOutline([at(1, 'A', 1), at(2, 'A.1', 5), at(3, 'A.1.a', 9), at(2, 'A.2', 13), at(1, 'B', 17)]);
    expect(tree.map((entry) => entry.text)).toEqual(['A', 'B']);
    expect(tree[0]!.children.map((entry) => entry.text)).toEqual(['A.1', 'A.2']);
    expect(tree[0]!.children[0]!.children.map((entry) => entry.text)).toEqual(['A.1.a']);
  });

  it('keeps a note that starts below level 1 at the top', () => {
    const tree = nestOutline([at(3, 'deep', 1), at(2, 'mid', 5), at(1, 'top', 9)]);
    expect(tree.map((entry) => entry.text)).toEqual(['deep', 'mid', 'top']);
  });

  it('tells whether two outlines show the same thing', () => {
    expect(sameOutline([at(1, 'A', 1)], [at(1, 'A', 1)])).toBe(true);
    expect(sameOutline([at(1, 'A', 1)], [at(1, 'A', 2)])).toBe(false);
    expect(sameOutline([at(1, 'A', 1)], [])).toBe(false);
  });
});
