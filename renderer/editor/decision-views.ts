import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decision, RECOMMENDATION_OUTCOMES, Recommendation, type RecommendationOutcome } from '../../core/document/decision-node';
import { element } from '../ui/element';
import { labelled, onUiLanguageChange, t } from '../i18n/ui-language';

const BOX_LABELS = {
  agreed: 'blocks.decision.agreed',
  notAgreed: 'blocks.decision.notAgreed',
  noted: 'blocks.decision.noted',
} as const satisfies Record<RecommendationOutcome, string>;

/** The decision block in the editor: a caption, the numbered recommendations, and the signature and date lines. */
export const DecisionWithForm = Decision.extend({
  addNodeView() {
    return () => {
      const list = element('ol', { class: 'recommendations' });
      const line = (key: 'blocks.decision.signature' | 'blocks.decision.date'): HTMLElement =>
        element('span', { class: 'decision-line' }, labelled(element('span', {}), key), element('span', { class: 'decision-rule' }));
      const dom = element(
        'section',
        { class: 'decision', 'data-decision': '' },
        labelled(element('p', { class: 'decision-caption', contenteditable: 'false' }), 'blocks.decision.caption'),
        list,
        element('p', { class: 'decision-sign', contenteditable: 'false' }, line('blocks.decision.signature'), line('blocks.decision.date')),
      );
      // Recommendations that only moved keep their views, so the block renumbers their groups' names.
      const renumber = (): void => {
        [...list.children].forEach((item, index) => item.querySelector('.decision-boxes')?.setAttribute('aria-label', t('blocks.decision.outcomes', { number: index + 1 })));
      };
      const stopListening = onUiLanguageChange(renumber);
      return {
        dom,
        contentDOM: list,
        update: (node) => {
          if (node.type.name !== this.name) return false;
          queueMicrotask(renumber);
          return true;
        },
        destroy: stopListening,
      };
    };
  },
});

/**
 * A recommendation in the editor: its text, then the addressee's boxes as
 * real checkboxes (Tab reaches them, Space ticks them). Ticking one unticks
 * the others; unticking leaves none.
 */
export const RecommendationWithBoxes = Recommendation.extend({
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      // The boxes sit inside the editable note, where the browser's Tab does not go: take the caret there.
      Tab: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== this.name) return false;
        const box = (editor.view.nodeDOM($from.before()) as HTMLElement | null)?.querySelector<HTMLInputElement>('.decision-boxes input');
        if (!box) return false;
        box.focus();
        return true;
      },
    };
  },

  addNodeView() {
    return ({ node, getPos, editor }) => {
      let current: ProseMirrorNode = node;
      const text = element('div', { class: 'recommendation-text' });
      const inputs = new Map<RecommendationOutcome, HTMLInputElement>();
      const boxes = element('div', { class: 'decision-boxes', role: 'group', contenteditable: 'false' });
      for (const outcome of RECOMMENDATION_OUTCOMES) {
        const input = element('input', { type: 'checkbox' });
        input.addEventListener('change', () => {
          const position = getPos();
          if (typeof position !== 'number') return;
          editor.commands.setRecommendationOutcome(input.checked ? outcome : null, position);
        });
        inputs.set(outcome, input);
        boxes.append(element('label', { class: 'decision-box' }, input, labelled(element('span', {}), BOX_LABELS[outcome])));
      }
      const dom = element('li', { class: 'recommendation', 'data-recommendation': '' }, text, boxes);
      // Back to the recommendation's text: Escape from any box, Shift+Tab from the first.
      boxes.addEventListener('keydown', (event) => {
        const first = event.target === inputs.get(RECOMMENDATION_OUTCOMES[0]);
        if (event.key !== 'Escape' && !(event.key === 'Tab' && event.shiftKey && first)) return;
        const position = getPos();
        if (typeof position !== 'number') return;
        event.preventDefault();
        editor.commands.setTextSelection(position + current.nodeSize - 1);
        // Synchronously, not commands.focus() (which waits a frame): keys typed next must reach the text, not the box.
        editor.view.focus();
      });

      const show = (): void => {
        for (const [outcome, input] of inputs) {
          input.checked = current.attrs.outcome === outcome;
          input.disabled = !editor.isEditable;
        }
      };
      show();
      boxes.setAttribute('aria-label', t('blocks.decision.outcomes', { number: numberOf(editor, getPos) }));
      return {
        dom,
        contentDOM: text,
        update(updated) {
          if (updated.type !== current.type) return false;
          current = updated;
          show();
          return true;
        },
        // The boxes are ours: ProseMirror must neither handle their events nor re-read their DOM.
        stopEvent: (event) => event.target instanceof Node && boxes.contains(event.target),
        ignoreMutation: (mutation) => mutation.type !== 'selection' && boxes.contains(mutation.target),
      };
    };
  },
});

function numberOf(editor: Editor, getPos: () => number | undefined): number {
  const position = getPos();
  return typeof position === 'number' ? editor.state.doc.resolve(position).index() + 1 : 1;
}
