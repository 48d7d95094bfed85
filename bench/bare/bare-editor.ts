// The baseline: Tiptap with StarterKit, opening the same content the same way
// (read the file, parse it, set it, paint). To hold the same content it adds the
// note's three schema-only extensions (a citation renders as a <sup>, comment and
// highlight marks as spans: no plugins, no node views, no listeners).
import { Editor } from '@tiptap/core';
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
  performance.mark('briefing:open-loaded');
}

Object.assign(window, { benchOpen: open });
