// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { noteExtensions } from '../../../core/document/note-extensions';
import { noteJSON, textPreview } from '../../../renderer/app/note-json';

const schema = getSchema(noteExtensions());
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('noteJSON', () => {
  it('is the document’s JSON after every edit, and reuses the blocks an edit did not touch', () => {
    let state = EditorState.create({ doc: schema.nodeFromJSON({ type: 'doc', content: [paragraph('First.'), paragraph('Second.'), paragraph('Third.')] }) });
    const before = noteJSON(state.doc);
    expect(before).toEqual(state.doc.toJSON());
    state = state.apply(state.tr.insertText(' More', 14));
    const after = noteJSON(state.doc);
    expect(after).toEqual(state.doc.toJSON());
    expect(after.content?.[0]).toBe(before.content?.[0]);
    expect(after.content?.[1]).not.toBe(before.content?.[1]);
    expect(after.content?.[2]).toBe(before.content?.[2]);
  });
});

describe('textPreview', () => {
  it('is the start of the note’s text, spaces collapsed', () => {
    const doc = { type: 'doc', content: [paragraph('A  first'), paragraph('second block'), paragraph('never read')] };
    expect(textPreview(doc, 14)).toBe('A first second');
  });
});
