import type { MarkdownSerializerState } from 'prosemirror-markdown';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '../../document/decision-node';
import { writeWithPortion } from './portion-markdown';

/**
 * The words of the boxes in Markdown. Markdown is an exchange format, so they
 * are English whatever the interface language: the reader recognises exactly these.
 */
export const OUTCOME_WORDS: Record<RecommendationOutcome, string> = { agreed: 'Agreed', notAgreed: 'Not agreed', noted: 'Noted' };

/** The decision maker's line under the recommendations; its underscores are plain text, not emphasis. */
export const SIGNATURE_LINE = 'Signature: ______ Date: ______';

/** A GFM task item for one box: `- [x] Agreed`. */
export function taskLine(outcome: RecommendationOutcome, ticked: boolean): string {
  return `- [${ticked ? 'x' : ' '}] ${OUTCOME_WORDS[outcome]}`;
}

/**
 * A decision block as Markdown: an ordered list with `)` delimiters (so it
 * never merges with a `1.` list written just before it), each item the
 * recommendation's text and a GFM task list of its boxes, then the signature
 * line:
 *
 *     1) That you agree to co-chair the EWG PKO.
 *        - [x] Agreed
 *        - [ ] Not agreed
 *        - [ ] Noted
 *
 *     Signature: ______ Date: ______
 */
export function writeDecision(state: MarkdownSerializerState, node: ProseMirrorNode): void {
  const internals = state as unknown as { flushClose(size: number): void };
  const indent = ' '.repeat(String(node.childCount).length + 2);
  node.forEach((recommendation, _offset, index) => {
    if (index > 0) internals.flushClose(1);
    const marker = `${index + 1})`;
    state.wrapBlock(indent, recommendation.content.size > 0 ? `${marker} ` : marker, node, () => {
      if (recommendation.content.size > 0) writeWithPortion(state, recommendation, () => state.renderInline(recommendation));
      for (const outcome of RECOMMENDATION_OUTCOMES) {
        state.ensureNewLine();
        state.write(taskLine(outcome, recommendation.attrs.outcome === outcome));
      }
    });
  });
  state.write(SIGNATURE_LINE);
  state.closeBlock(node);
}
