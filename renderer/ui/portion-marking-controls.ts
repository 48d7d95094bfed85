import { element, showText } from './element';
import { labelled, t, tCount, uiLanguage } from '../i18n/ui-language';

/** What the portion-marking controls show. */
export interface PortionMarkingState {
  on: boolean;
  /** The marks of the user's marking scheme, lowest first. */
  marks: readonly string[];
  /** The mark of the blocks the caret or selection is in: one mark, none (null), or several. */
  current: string | null | 'mixed';
  unmarked: number;
  readOnly: boolean;
}

export interface PortionMarkingActions {
  setOn(on: boolean): void;
  /** Marks the selected blocks; null clears their mark. */
  setMark(mark: string | null): void;
}

export interface PortionMarkingControls {
  root: HTMLElement;
  show(state: PortionMarkingState): void;
}

const MIXED = '__mixed__';

/** "Portion marking" switch, the mark of the selected paragraphs, and the count of unmarked ones (a live status). */
export function createPortionMarkingControls(actions: PortionMarkingActions): PortionMarkingControls {
  const toggle = element('input', { type: 'checkbox' });
  const mark = element('select', {});
  labelled(mark, 'blocks.portion.mark', 'aria-label');
  const status = element('span', { class: 'portion-status', role: 'status' });
  const markLabel = element('label', {}, labelled(element('span', {}), 'blocks.portion.mark'), ' ', mark);
  const root = element('div', { class: 'portion-marking' }, element('label', {}, toggle, ' ', labelled(element('span', {}), 'blocks.portion.toggle')), markLabel, status);

  toggle.addEventListener('change', () => actions.setOn(toggle.checked));
  mark.addEventListener('change', () => {
    if (mark.value !== MIXED) actions.setMark(mark.value === '' ? null : mark.value);
  });

  let shownChoices = '';
  const show = (state: PortionMarkingState): void => {
    toggle.checked = state.on;
    toggle.disabled = state.readOnly;
    markLabel.hidden = status.hidden = !state.on;
    mark.disabled = state.readOnly;
    // Rebuilt only when the choices change: this runs on every selection change while typing.
    const extra = state.current === 'mixed' ? MIXED : state.current !== null && !state.marks.includes(state.current) ? state.current : null;
    const choices = JSON.stringify([uiLanguage(), state.marks, extra]);
    if (choices !== shownChoices) {
      shownChoices = choices;
      const options = [element('option', { value: '' }, t('blocks.portion.none')), ...state.marks.map((value) => element('option', { value }, `(${value})`))];
      if (extra === MIXED) options.push(element('option', { value: MIXED, disabled: true }, '—'));
      else if (extra !== null) options.push(element('option', { value: extra }, `(${extra})`));
      mark.replaceChildren(...options);
    }
    mark.value = state.current === 'mixed' ? MIXED : (state.current ?? '');
    const text = state.unmarked === 0 ? t('blocks.portion.allMarked') : tCount('blocks.portion.unmarked', state.unmarked);
    showText(status, text);
    status.classList.toggle('has-unmarked', state.unmarked > 0);
  };
  return {
    root,
    show,
  };
}
