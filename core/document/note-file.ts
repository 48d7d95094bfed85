import * as z from '../schema/z';
import { NoteBodySchema } from './document-node';
import { NOTE_FORMAT, NOTE_VERSION } from './note-format';

export type { DocumentNode } from './document-node';
export { DocumentNodeSchema } from './document-node';

const IsoTime = z.iso.datetime({ offset: true });

/** What a briefing note says about itself: shown in the library, the title block and exports. */
export const NoteMetadataSchema = z.object({
  title: z.string().check(z.maxLength(500)),
  /** The classification level's label as marked, e.g. "RESTRICTED"; empty when unmarked. */
  classification: z.string().check(z.maxLength(100)),
  /** The note's date (YYYY-MM-DD), or null when it has none yet. */
  date: z.nullable(z.iso.date()),
  drafter: z.string().check(z.maxLength(200)),
  addressee: z.string().check(z.maxLength(500)),
  reference: z.string().check(z.maxLength(100)),
  status: z.enum(['draft', 'final']),
  created: IsoTime,
  modified: IsoTime,
  /** How many printed pages this note may fill; absent means the user's default limit. */
  pageLimit: z.optional(z.int().check(z.gte(1), z.lte(50))),
  /** The date by which the addressee must act, and why; absent for a routine note. */
  criticalDate: z.optional(z.object({ date: z.iso.date(), reason: z.string().check(z.maxLength(500)) })),
  /** Every paragraph carries a portion mark, "(S)", and the classification is the highest of them. */
  portionMarking: z.optional(z.boolean()),
});
export type NoteMetadata = z.infer<typeof NoteMetadataSchema>;

/** A news article the note was drafted from, kept with the note so citations can point into it. */
export const SourceArticleSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: z.string().check(z.maxLength(1000)),
  publisher: z.string().check(z.maxLength(200)),
  url: z.string().check(z.maxLength(2000)),
  published: z.string().check(z.maxLength(100)),
  text: z.string().check(z.maxLength(5_000_000)),
});
export type SourceArticle = z.infer<typeof SourceArticleSchema>;

/** A comment thread or highlight; its full shape arrives with the annotations feature. */
export const AnnotationSchema = z.looseObject({ id: z.string().check(z.minLength(1), z.maxLength(100)), kind: z.string().check(z.minLength(1), z.maxLength(50)) });
export type Annotation = z.infer<typeof AnnotationSchema>;

export const NoteFileSchema = z.object({
  format: z.literal(NOTE_FORMAT),
  version: z.literal(NOTE_VERSION),
  meta: NoteMetadataSchema,
  doc: NoteBodySchema,
  sources: z.array(SourceArticleSchema),
  annotations: z.array(AnnotationSchema),
});

/** A briefing note as stored on disk (see docs/file-format.md). */
export type NoteFile = z.infer<typeof NoteFileSchema>;
