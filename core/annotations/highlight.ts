import { z } from 'zod';
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
  id: z.string().min(1).max(100),
  kind: z.literal('highlight'),
  meaning: HighlightMeaningSchema,
  sourceId: z.string().min(1).max(100).nullable(),
  selector: PassageSelectorsSchema.nullable(),
});
export type Highlight = z.infer<typeof HighlightSchema>;

export function highlightsIn(annotations: readonly unknown[]): Highlight[] {
  return annotations.flatMap((entry) => {
    const parsed = HighlightSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
