import { z } from 'zod';

/** The `format` tag every Briefing Desk note file carries. */
export const NOTE_FORMAT = 'briefing-desk/note';

/** The newest note-file version this build reads and writes. */
export const NOTE_VERSION = 1;

/** File-name extension of a note in the library folder. */
export const NOTE_EXTENSION = '.brief';

/** A Tiptap/ProseMirror JSON node: checked for shape here, for content by the editor schema. */
export interface DocumentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocumentNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const DocumentNodeSchema: z.ZodType<DocumentNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocumentNodeSchema).optional(),
    marks: z.array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

const IsoTime = z.iso.datetime({ offset: true });

export const NoteFileSchema = z.object({
  format: z.literal(NOTE_FORMAT),
  version: z.literal(NOTE_VERSION),
  title: z.string().max(500),
  created: IsoTime,
  modified: IsoTime,
  doc: DocumentNodeSchema.refine((node) => node.type === 'doc', { message: 'the document must start with a "doc" node' }),
});

/** A briefing note as stored on disk (version 1: the minimal format of the foundation). */
export type NoteFile = z.infer<typeof NoteFileSchema>;

/** A new, empty note stamped with the given time. */
export function createEmptyNote(now: Date): NoteFile {
  const stamp = now.toISOString();
  return {
    format: NOTE_FORMAT,
    version: NOTE_VERSION,
    title: '',
    created: stamp,
    modified: stamp,
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}
