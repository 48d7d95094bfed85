import * as z from '../schema/z';
import { PassageSelectorsSchema } from './text-selectors';

/**
 * A citation: the note points at a passage of an attached source article,
 * anchored with W3C selectors over that source's `text`. Stored in the note
 * file's `annotations`; the note body holds `citation` nodes carrying its id.
 */
export const CitationSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.literal('citation'),
  sourceId: z.string().check(z.minLength(1), z.maxLength(100)),
  selector: PassageSelectorsSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/** The citations among a note's annotations (other kinds, and malformed entries, are skipped). */
export function citationsIn(annotations: readonly unknown[]): Citation[] {
  return annotations.flatMap((entry) => {
    const parsed = CitationSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
