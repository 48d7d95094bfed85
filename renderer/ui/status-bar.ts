import type { SessionState, SaveState } from '../app/note-session';
import { element } from './element';

const SAVE_STATE_WORDS: Record<SaveState, string> = {
  new: 'Not saved yet',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Save failed',
  retrying: 'Save failed — retrying',
  'read-only': 'Read-only',
};

export interface StatusBar {
  root: HTMLElement;
  show(state: SessionState): void;
  showMessage(message: string): void;
  /** A passing message that is not an error ("Exported to …"). */
  showNotice(message: string): void;
  /** "3 open comments", or nothing. */
  showCounts(text: string): void;
  /** The autosave switch, set to `enabled`; `onToggle` runs when the user flips it. */
  setAutosave(enabled: boolean, onToggle: (enabled: boolean) => void): void;
}

/** The bar below the note: save state in words, the note's file, autosave, and the last message. */
export function createStatusBar(): StatusBar {
  const saveState = element('span', { class: 'status-save', role: 'status' });
  const file = element('span', { class: 'status-file' });
  const message = element('span', { class: 'status-message', role: 'alert' });
  const counts = element('span', { class: 'status-counts' });
  const autosave = element('input', { type: 'checkbox', id: 'autosave-switch' });
  const autosaveLabel = element('label', { class: 'status-autosave', for: 'autosave-switch' }, autosave, ' Autosave');
  const root = element('footer', { class: 'status-bar', 'aria-label': 'Status' }, saveState, file, counts, message, autosaveLabel);
  let toggle: (enabled: boolean) => void = () => {};
  autosave.addEventListener('change', () => toggle(autosave.checked));
  return {
    root,
    show(state) {
      saveState.textContent = SAVE_STATE_WORDS[state.saveState];
      saveState.dataset.state = state.saveState;
      file.textContent = state.id ?? 'Untitled';
      message.textContent = state.error ?? state.notice ?? '';
      message.dataset.kind = state.error ? 'error' : 'notice';
    },
    showNotice(text) {
      message.textContent = text;
      message.dataset.kind = 'notice';
    },
    showCounts(text) {
      counts.textContent = text;
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
