// The baseline: Tiptap with StarterKit, opening the same content the same way
// (read the file, parse it, set it, paint). To hold the same content it adds the
// note's three schema-only extensions (a citation renders as a <sup>, comment and
// highlight marks as spans: no plugins, no node views, no listeners).
import { Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { StarterKit } from '@tiptap/starter-kit';
import { Citation } from '../../core/document/citation-node';
import { CommentAnchor } from '../../core/document/comment-mark';
import { NoteHighlight } from '../../core/document/highlight-mark';

const editor = new Editor({ element: document.getElementById('editor')!, extensions: [StarterKit, Citation, CommentAnchor, NoteHighlight], autofocus: 'start' });

async function open(name: string): Promise<void> {
  performance.mark('briefing:open-start');
  const response = await fetch(`/notes/${encodeURIComponent(name)}.json`);
  const doc: unknown = await response.json();
  editor.commands.setContent(doc as Parameters<typeof editor.commands.setContent>[0], { emitUpdate: false });
  // A fresh undo history, as the app gives each note it opens: otherwise the history
  // keeps every note opened before, and the heap figure counts them all.
  editor.view.updateState(EditorState.create({ doc: editor.state.doc, plugins: editor.state.plugins }));
  performance.mark('briefing:open-loaded');
}

Object.assign(window, { benchOpen: open });
