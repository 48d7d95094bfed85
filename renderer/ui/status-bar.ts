import type { SessionState } from '../app/note-session';
import { labelled, onUiLanguageChange, t } from '../i18n/ui-language';
import { element, showText } from './element';

export interface StatusBar {
  root: HTMLElement;
  show(state: SessionState): void;
  showMessage(message: string): void;
  /** A passing message that is not an error ("Exported to …"). */
  showNotice(message: string): void;
  /** "3 open comments", or nothing. */
  showCounts(text: string): void;
  /** "512 words · 3,104 characters". */
  showWords(text: string): void;
  /** Puts writing aids (the outline switch, the page gauge) into the bar. */
  addTools(...tools: HTMLElement[]): void;
  /** The autosave switch, set to `enabled`; `onToggle` runs when the user flips it. */
  setAutosave(enabled: boolean, onToggle: (enabled: boolean) => void): void;
}

/** The bar below the note: save state in words, the note's file, counts, autosave, and the last message. */
export function createStatusBar(): StatusBar {
  const saveState = element('span', { class: 'status-save', role: 'status' });
  const file = element('span', { class: 'status-file' });
  const message = element('span', { class: 'status-message', role: 'alert' });
  const counts = element('span', { class: 'status-counts' });
  const words = element('span', { class: 'status-words', 'aria-live': 'off' });
  const tools = element('span', { class: 'status-tools' });
  const autosave = element('input', { type: 'checkbox', id: 'autosave-switch' });
  const autosaveLabel = element('label', { class: 'status-autosave', for: 'autosave-switch' }, autosave, ' ', labelled(element('span'), 'status.autosave'));
  const root = labelled(element('footer', { class: 'status-bar' }, saveState, file, counts, message, words, tools, autosaveLabel), 'status.bar', 'aria-label');
  let toggle: (enabled: boolean) => void = () => {};
  autosave.addEventListener('change', () => toggle(autosave.checked));
  let shown: SessionState | null = null;
  const showState = (state: SessionState): void => {
    shown = state;
    showText(saveState, t(`status.save.${state.saveState}`));
    if (saveState.dataset.state !== state.saveState) saveState.dataset.state = state.saveState;
    showText(file, state.id ?? t('common.untitled'));
  };
  onUiLanguageChange(() => shown && showState(shown));
  return {
    root,
    show(state) {
      showState(state);
      showText(message, state.error ?? state.notice ?? '');
      const kind = state.error ? 'error' : 'notice';
      if (message.dataset.kind !== kind) message.dataset.kind = kind;
    },
    showNotice(text) {
      message.textContent = text;
      message.dataset.kind = 'notice';
    },
    showCounts(text) {
      counts.textContent = text;
    },
    showWords(text) {
      words.textContent = text;
    },
    addTools(...nodes) {
      tools.append(...nodes);
    },
    showMessage(text) {
      message.textContent = text;
      message.dataset.kind = 'error';
    },
    setAutosave(enabled, onToggle) {
      autosave.checked = enabled;
      toggle = onToggle;
    },
  };
}
