import { element } from './element';
import { rememberFocus, trapTab } from './focus-trap';

export interface ModalDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  actions: HTMLElement;
  close(): void;
}

/**
 * A modal `<dialog>` titled `title`: focus stays inside it (Tab wraps),
 * Escape closes it, focus goes back to where it was, and `onClose` runs
 * however it was closed.
 */
export function openModalDialog(title: string, onClose: () => void): ModalDialog {
  const headingId = `dialog-title-${Math.random().toString(36).slice(2)}`;
  const body = element('div', { class: 'dialog-body' });
  const actions = element('div', { class: 'dialog-actions' });
  const dialog = element('dialog', { 'aria-labelledby': headingId, class: 'modal' }, element('h2', { id: headingId }, title), body, actions);
  const returnFocus = rememberFocus();
  trapTab(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    returnFocus();
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, actions, close: () => dialog.close() };
}

/** Whether a modal dialog has the window: the app's commands and dropped files then wait (CommandRunner). */
export function isModalDialogOpen(doc: Document): boolean {
  return doc.querySelector('dialog:modal') !== null;
}

export function dialogButton(label: string, onClick: () => void, { primary = false } = {}): HTMLButtonElement {
  const button = element('button', { type: 'button', class: primary ? 'primary' : undefined }, label);
  button.addEventListener('click', onClick);
  return button;
}
