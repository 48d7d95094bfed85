// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';
import type { DocumentNode } from '../../../core/document/note-file';

let editor: Editor;
afterEach(() => editor.destroy());

function editorWith(content: object[]): Editor {
  editor = new Editor({ element: null, extensions: noteExtensions(), content: { type: 'doc', content } });
  return editor;
}

const json = (): DocumentNode => editor.getJSON() as DocumentNode;
const types = (): string[] => (json().content ?? []).map((block) => block.type);

describe('decision block commands', () => {
  it('insertDecision replaces an empty paragraph and puts the caret in the recommendation', () => {
    editorWith([{ type: 'paragraph' }]);
    expect(editor.commands.insertDecision()).toBe(true);
    expect(types()).toEqual(['decision']);
    expect(editor.state.selection.$from.parent.type.name).toBe('recommendation');
  });

  it('Enter at the end of a recommendation starts the next one with no box ticked', () => {
    editorWith([{ type: 'decision', content: [{ type: 'recommendation', attrs: { outcome: 'agreed' }, content: [{ type: 'text', text: 'Agree' }] }] }]);
    editor.commands.setTextSelection(7);
    // What Enter does in a text block (the core keymap's last resort).
    editor.commands.splitBlock();
    const decision = json().content![0]!;
    expect(decision.content?.map((r) => r.attrs?.outcome)).toEqual(['agreed', null]);
  });

  it('Enter on an empty last recommendation leaves the block for a paragraph after it', () => {
    editorWith([{ type: 'decision', content: [{ type: 'recommendation', content: [{ type: 'text', text: 'One' }] }, { type: 'recommendation' }] }]);
    editor.commands.setTextSelection(7);
    expect(editor.state.selection.$from.parent.type.name).toBe('recommendation');
    expect(editor.commands.leaveDecision()).toBe(true);
    expect(types()).toEqual(['decision', 'paragraph']);
    expect(json().content![0]!.content).toHaveLength(1);
    expect(editor.state.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('leaveDecision does nothing in a recommendation with text, or in the only one', () => {
    editorWith([{ type: 'decision', content: [{ type: 'recommendation' }] }]);
    editor.commands.setTextSelection(2);
    expect(editor.commands.leaveDecision()).toBe(false);
    editorWith([{ type: 'decision', content: [{ type: 'recommendation', content: [{ type: 'text', text: 'One' }] }, { type: 'recommendation', content: [{ type: 'text', text: 'Two' }] }] }]);
    editor.commands.setTextSelection(12);
    expect(editor.commands.leaveDecision()).toBe(false);
  });

  it('setRecommendationOutcome ticks one box for the recommendation with the caret, and null unticks', () => {
    editorWith([{ type: 'decision', content: [{ type: 'recommendation', content: [{ type: 'text', text: 'One' }] }] }]);
    editor.commands.setTextSelection(3);
    expect(editor.commands.setRecommendationOutcome('noted')).toBe(true);
    expect(json().content![0]!.content![0]!.attrs?.outcome).toBe('noted');
    editor.commands.setRecommendationOutcome(null);
    expect(json().content![0]!.content![0]!.attrs?.outcome).toBeNull();
  });

  it('setRecommendationOutcome refuses outside a recommendation', () => {
    editorWith([{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }]);
    expect(editor.commands.setRecommendationOutcome('agreed')).toBe(false);
  });
});

describe('setPortionMark', () => {
  it('marks every block in the selection, inside lists too, and clears with null', () => {
    editorWith([
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Point' }] }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Outside' }] },
    ]);
    editor.commands.setTextSelection({ from: 2, to: 12 });
    expect(editor.commands.setPortionMark('S')).toBe(true);
    const [heading, list, paragraph] = json().content!;
    expect(heading!.attrs?.portion).toBe('S');
    expect(list!.content![0]!.content![0]!.attrs?.portion).toBe('S');
    expect(paragraph!.attrs?.portion).toBeNull();
    editor.commands.setPortionMark(null);
    expect(json().content![0]!.attrs?.portion).toBeNull();
  });
});
