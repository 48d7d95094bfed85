import { Node, mergeAttributes } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/** What the addressee decided on one recommendation; null until a box is ticked. */
export const RECOMMENDATION_OUTCOMES = ['agreed', 'notAgreed', 'noted'] as const;
export type RecommendationOutcome = (typeof RECOMMENDATION_OUTCOMES)[number];

export function isRecommendationOutcome(value: unknown): value is RecommendationOutcome {
  return typeof value === 'string' && (RECOMMENDATION_OUTCOMES as readonly string[]).includes(value);
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decision: {
      /** Inserts a decision block with one empty recommendation and puts the caret in it. */
      insertDecision: () => ReturnType;
    };
    recommendation: {
      /** From an empty last recommendation (not the only one): removes it and continues in a paragraph after the block. */
      leaveDecision: () => ReturnType;
      /** Ticks one box (or none) for the recommendation at `position`, or the one with the caret. */
      setRecommendationOutcome: (outcome: RecommendationOutcome | null, position?: number) => ReturnType;
    };
  }
}

/**
 * One recommendation the drafter writes, and the addressee's decision on it
 * (Agreed / Not agreed / Noted). A text block, so Enter at its end starts the
 * next recommendation with no box ticked.
 */
export const Recommendation = Node.create({
  name: 'recommendation',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      outcome: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => {
          const value = element.getAttribute('data-outcome');
          return isRecommendationOutcome(value) ? value : null;
        },
        renderHTML: (attributes) => (attributes.outcome ? { 'data-outcome': attributes.outcome } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'li[data-recommendation]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { 'data-recommendation': '', class: 'recommendation' }), 0];
  },

  addKeyboardShortcuts() {
    return {
      // Enter on an empty last recommendation leaves the block, as it leaves a list.
      Enter: ({ editor }) => editor.commands.leaveDecision(),
    };
  },

  addCommands() {
    return {
      leaveDecision:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from, empty } = state.selection;
          if (!empty || $from.parent.type.name !== this.name || $from.parent.content.size > 0) return false;
          const decision = $from.node(-1);
          if ($from.index(-1) !== decision.childCount - 1 || decision.childCount < 2) return false;
          if (dispatch) {
            const after = $from.after(-1) - $from.parent.nodeSize;
            tr.delete($from.before(), $from.after());
            tr.insert(after, state.schema.nodes.paragraph!.create());
            dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
          }
          return true;
        },
      setRecommendationOutcome:
        (outcome, position) =>
        ({ state, tr, dispatch }) => {
          const at = position ?? recommendationAround(state.selection.$from);
          const node = at === null ? null : state.doc.nodeAt(at);
          if (at === null || node?.type.name !== this.name) return false;
          if (dispatch) dispatch(tr.setNodeMarkup(at, undefined, { ...node.attrs, outcome }));
          return true;
        },
    };
  },
});

function recommendationAround($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth--) if ($pos.node(depth).type.name === 'recommendation') return $pos.before(depth);
  return null;
}

/**
 * A recommendation/decision block: numbered recommendations with the
 * addressee's boxes, then a line for the decision maker's signature and date
 * (drawn by the editor and the print, not stored: they are signed on paper).
 */
export const Decision = Node.create({
  name: 'decision',
  group: 'block',
  content: 'recommendation+',
  defining: true,
  isolating: true,

  parseHTML() {
    return [{ tag: 'section[data-decision]', contentElement: 'ol' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-decision': '', class: 'decision' }), ['ol', 0]];
  },

  addCommands() {
    return {
      // Tiptap leaves the caret at the end of what it inserted: in the new recommendation.
      insertDecision:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, content: [{ type: 'recommendation' }] }),
    };
  },
});
