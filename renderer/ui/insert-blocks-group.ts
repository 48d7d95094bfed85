import { element } from './element';
import { labelled } from '../i18n/ui-language';

/** The toolbar's "Insert" group: the decision block. */
export function createInsertBlocksGroup(insertDecision: () => void): HTMLElement {
  const decision = labelled(labelled(element('button', { type: 'button' }), 'blocks.insert.decision', 'aria-label'), 'blocks.insert.decisionShort');
  labelled(decision, 'blocks.insert.decision', 'title');
  // Pressing the button must not take the selection out of the note.
  decision.addEventListener('mousedown', (event) => event.preventDefault());
  decision.addEventListener('click', insertDecision);
  return labelled(element('div', { class: 'toolbar-group', role: 'group' }, decision), 'blocks.insert.group', 'aria-label');
}
