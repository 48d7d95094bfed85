import type { DocumentNode } from '../../../core/document/note-file';
import type { RecommendationOutcome } from '../../../core/document/decision-node';

/** A recommendation; `portion` left out of attrs when undefined, as a parsed body has it. */
export const rec = (text: string, outcome: RecommendationOutcome | null = null, portion?: string | null): DocumentNode => ({
  type: 'recommendation',
  attrs: { outcome, ...(portion === undefined ? {} : { portion }) },
  ...(text ? { content: [{ type: 'text', text }] } : {}),
});
export const decision = (...recommendations: DocumentNode[]): DocumentNode => ({ type: 'decision', content: recommendations });
export const marked = (portion: string, node: DocumentNode): DocumentNode => ({ ...node, attrs: { ...node.attrs, portion } });
