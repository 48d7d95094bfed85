import * as z from '../schema/z';

const IsoTime = z.iso.datetime({ offset: true });

/** One comment: plain text, never HTML. */
export const CommentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  author: z.string().check(z.maxLength(200)),
  created: IsoTime,
  /** When the text was last changed, or null if never. */
  edited: z.nullable(IsoTime),
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
});
export type Comment = z.infer<typeof CommentSchema>;

/**
 * A comment thread on the note. Its anchor is the `comment` mark with this id
 * in the note body; a thread whose marks are all gone is "detached" and kept.
 */
export const CommentThreadSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.literal('comment'),
  status: z.enum(['open', 'resolved']),
  /** The text the thread was made on, kept to show a detached thread in context. */
  quote: z.string().check(z.maxLength(2000)),
  comments: z.array(CommentSchema).check(z.minLength(1)),
  resolved: z.nullable(z.object({ by: z.string().check(z.maxLength(200)), at: IsoTime })),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

/** The comment threads among a note's annotations (other kinds, and malformed entries, are skipped). */
export function threadsIn(annotations: readonly unknown[]): CommentThread[] {
  return annotations.flatMap((entry) => {
    const parsed = CommentThreadSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
