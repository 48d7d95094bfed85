import type { SessionState, SaveState } from '../app/note-session';
import { element } from './element';

const SAVE_STATE_WORDS: Record<SaveState, string> = {
  new: 'Not saved yet',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Save failed',
};

export interface StatusBar {
  root: HTMLElement;
  show(state: SessionState): void;
  showMessage(message: string): void;
}

/** The bar below the note: save state in words, the note's file, and the last message. */
export function createStatusBar(): StatusBar {
  const saveState = element('span', { class: 'status-save', role: 'status' });
  const file = element('span', { class: 'status-file' });
  const message = element('span', { class: 'status-message', role: 'alert' });
  const root = element('footer', { class: 'status-bar', 'aria-label': 'Status' }, saveState, file, message);
  return {
    root,
    show(state) {
      saveState.textContent = SAVE_STATE_WORDS[state.saveState];
      saveState.dataset.state = state.saveState;
      file.textContent = state.id ?? 'Untitled';
      message.textContent = state.error ?? '';
    },
    showMessage(text) {
      message.textContent = text;
    },
  };
}
