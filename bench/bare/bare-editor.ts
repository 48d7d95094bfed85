// The baseline: Tiptap with StarterKit and nothing else, opening the same
// content the same way (read the file, parse it, set it, paint).
import { Editor } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';

const editor = new Editor({ element: document.getElementById('editor')!, extensions: [StarterKit], autofocus: 'start' });

async function open(name: string): Promise<void> {
  performance.mark('briefing:open-start');
  const response = await fetch(`/notes/${encodeURIComponent(name)}.json`);
  const doc: unknown = await response.json();
  editor.commands.setContent(doc as Parameters<typeof editor.commands.setContent>[0], { emitUpdate: false });
  performance.mark('briefing:open-loaded');
}

Object.assign(window, { benchOpen: open });
