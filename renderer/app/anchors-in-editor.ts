import type { Editor } from '@tiptap/core';
import type { TextRange } from '../../core/annotations/text-selectors';

/** Removes every `markName` mark whose `idAttribute` is `id` from the whole note. */
export function removeAnchor(editor: Editor, markName: string, idAttribute: string, id: string): void {
  const type = editor.schema.marks[markName];
  if (!type) return;
  const { tr, doc } = editor.state;
  doc.descendants((node, position) => {
    for (const mark of node.marks) {
      if (mark.type === type && mark.attrs[idAttribute] === id) tr.removeMark(position, position + node.nodeSize, mark);
    }
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}

/** Selects a range of the note and brings it into view. */
export function showInNote(editor: Editor, range: TextRange): void {
  editor.chain().focus().setTextSelection({ from: range.start, to: range.end }).scrollIntoView().run();
}
