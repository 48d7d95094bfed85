import { element } from './element';

export interface ModalDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  actions: HTMLElement;
  close(): void;
}

/**
 * A modal `<dialog>` titled `title`: the browser keeps focus inside it,
 * Escape closes it, and `onClose` runs however it was closed.
 */
export function openModalDialog(title: string, onClose: () => void): ModalDialog {
  const headingId = `dialog-title-${Math.random().toString(36).slice(2)}`;
  const body = element('div', { class: 'dialog-body' });
  const actions = element('div', { class: 'dialog-actions' });
  const dialog = element('dialog', { 'aria-labelledby': headingId, class: 'modal' }, element('h2', { id: headingId }, title), body, actions);
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, actions, close: () => dialog.close() };
}

export function dialogButton(label: string, onClick: () => void, { primary = false } = {}): HTMLButtonElement {
  const button = element('button', { type: 'button', class: primary ? 'primary' : undefined }, label);
  button.addEventListener('click', onClick);
  return button;
}
