import type { DocumentNode } from '../../document/note-file';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '../../document/decision-node';
import type { Language } from '../../i18n/language';
import { translate } from '../../i18n/messages';
import { escapeHtml } from './escape-html';
import { portionPrefixHtml } from './portion-prefix-html';

const BOX_LABELS = {
  agreed: 'blocks.decision.agreed',
  notAgreed: 'blocks.decision.notAgreed',
  noted: 'blocks.decision.noted',
} as const satisfies Record<RecommendationOutcome, string>;

/**
 * A decision block as a form: each recommendation numbered, with its boxes
 * ☐ Agreed ☐ Not agreed ☐ Noted (☒ where ticked), then lines for the decision
 * maker's signature and date. Kept on one page by the print CSS.
 */
export function decisionHtml(node: DocumentNode, inlineHtml: (children: readonly DocumentNode[]) => string, language: Language = 'en'): string {
  const items = (node.content ?? []).filter((child) => child.type === 'recommendation').map((recommendation) => {
    const outcome = recommendation.attrs?.outcome;
    const boxes = RECOMMENDATION_OUTCOMES.map((box) => {
      const ticked = box === outcome;
      return `<span class="decision-box${ticked ? ' ticked' : ''}"><span class="box-glyph">${ticked ? '☒' : '☐'}</span> ${escapeHtml(translate(language, BOX_LABELS[box]))}</span>`;
    });
    return `<li><p>${portionPrefixHtml(recommendation)}${inlineHtml(recommendation.content ?? [])}</p><p class="decision-boxes">${boxes.join(' ')}</p></li>`;
  });
  const line = (key: 'blocks.decision.signature' | 'blocks.decision.date'): string =>
    `<span class="decision-line"><span class="decision-line-label">${escapeHtml(translate(language, key))}:</span><span class="decision-line-rule"></span></span>`;
  return `<section class="decision"><ol>${items.join('')}</ol><p class="decision-sign">${line('blocks.decision.signature')}${line('blocks.decision.date')}</p></section>`;
}
