import * as z from '../schema/z';
import { NoteBodySchema } from './document-node';

/** Version 1, the foundation's minimal format: title and times at the top, no sources or annotations. */
const NoteFileV1Schema = z.object({
  format: z.string(),
  version: z.literal(1),
  title: z.string(),
  created: z.string(),
  modified: z.string(),
  doc: NoteBodySchema,
});

type Migration = (older: unknown) => unknown;

/**
 * Each entry lifts a file from version N to N + 1. A reader applies them in
 * turn, then checks the result against the current schema.
 */
export const NOTE_MIGRATIONS: Record<number, Migration> = {
  1: (older) => {
    const v1 = NoteFileV1Schema.parse(older);
    return {
      format: v1.format,
      version: 2,
      meta: {
        title: v1.title,
        classification: '',
        date: null,
        drafter: '',
        addressee: '',
        reference: '',
        status: 'draft',
        created: v1.created,
        modified: v1.modified,
      },
      doc: v1.doc,
      sources: [],
      annotations: [],
    };
  },
};
