import { z } from 'zod';

const IsoTime = z.iso.datetime({ offset: true });

/** One comment: plain text, never HTML. */
export const CommentSchema = z.object({
  id: z.string().min(1).max(100),
  author: z.string().max(200),
  created: IsoTime,
  /** When the text was last changed, or null if never. */
  edited: IsoTime.nullable(),
  text: z.string().min(1).max(20_000),
});
export type Comment = z.infer<typeof CommentSchema>;

/**
 * A comment thread on the note. Its anchor is the `comment` mark with this id
 * in the note body; a thread whose marks are all gone is "detached" and kept.
 */
export const CommentThreadSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.literal('comment'),
  status: z.enum(['open', 'resolved']),
  /** The text the thread was made on, kept to show a detached thread in context. */
  quote: z.string().max(2000),
  comments: z.array(CommentSchema).min(1),
  resolved: z.object({ by: z.string().max(200), at: IsoTime }).nullable(),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

/** The comment threads among a note's annotations (other kinds, and malformed entries, are skipped). */
export function threadsIn(annotations: readonly unknown[]): CommentThread[] {
  return annotations.flatMap((entry) => {
    const parsed = CommentThreadSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
