import * as z from '../schema/z';
import { PassageSelectorsSchema } from './text-selectors';

/** What a highlight means to the officer; each has its colour. */
export const HIGHLIGHT_MEANINGS = [
  { id: 'key', label: 'Key', colour: '#ffe08a' },
  { id: 'verify', label: 'Verify', colour: '#ffc2b3' },
  { id: 'sensitive', label: 'Sensitive', colour: '#d7c4f2' },
] as const;
export type HighlightMeaning = (typeof HIGHLIGHT_MEANINGS)[number]['id'];

export const HighlightMeaningSchema = z.enum(['key', 'verify', 'sensitive']);

/**
 * A highlight. On the note (`sourceId` null) it is anchored by the
 * `highlight` mark with its id; on a source article by W3C selectors over
 * the source text, so it finds its passage again when the article is
 * imported anew.
 */
export const HighlightSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.literal('highlight'),
  meaning: HighlightMeaningSchema,
  sourceId: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  selector: z.nullable(PassageSelectorsSchema),
});
export type Highlight = z.infer<typeof HighlightSchema>;

export function highlightsIn(annotations: readonly unknown[]): Highlight[] {
  return annotations.flatMap((entry) => {
    const parsed = HighlightSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
