import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Command } from '@tiptap/pm/state';
import { history } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** An editor state over `doc` with undo history, as the editor keeps it. */
export function editorState(doc: ProseMirrorNode): EditorState {
  return EditorState.create({ doc, plugins: [history()] });
}

/** `state` with the text selected from `from` to `to` (a cursor when `to` is left out). */
export function select(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

/** Runs `command` as a keypress would; throws if it does not apply, so a test cannot pass by doing nothing. */
export function run(state: EditorState, command: Command): EditorState {
  let next: EditorState | null = null;
  command(state, (tr) => {
    next = state.apply(tr);
  });
  if (!next) throw new Error(`the command did not apply with the selection at ${state.selection.from}–${state.selection.to}`);
  return next;
}
