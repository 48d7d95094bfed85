import type { NoteFile } from './note-file';

// What a note file is, without its schema: the renderer needs these, and importing
// note-file.ts would build every zod schema of the format in its page (see
// docs/performance.md, "Fourth round").

/** The `format` tag every Briefing Desk note file carries. */
export const NOTE_FORMAT = 'briefing-desk/note';

/** The newest note-file version this build reads and writes. */
export const NOTE_VERSION = 2;

/** File-name extension of a note in the library folder. */
export const NOTE_EXTENSION = '.brief';

/** A new, empty draft stamped with the given time. */
export function createEmptyNote(now: Date): NoteFile {
  const stamp = now.toISOString();
  return {
    format: NOTE_FORMAT,
    version: NOTE_VERSION,
    meta: { title: '', classification: '', date: null, drafter: '', addressee: '', reference: '', status: 'draft', created: stamp, modified: stamp },
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    sources: [],
    annotations: [],
  };
}
