import type { NoteFile } from '../../../core/document/note-file';
import { createEmptyNote } from '../../../core/document/note-format';

/** A version-2 note with this title and one paragraph of `text` (the title again by default). */
export function noteTitled(title: string, text = title): NoteFile {
  const note = createEmptyNote(new Date('2025-03-01T09:30:00.000Z'));
  return {
    ...note,
    meta: { ...note.meta, title },
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  };
}
