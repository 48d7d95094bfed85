import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export type ConflictChoice = 'reload-theirs' | 'keep-mine' | 'save-copy' | 'cancel';

/** The note's file changed on disk since it was opened: the user decides whose version wins. */
export function askAboutConflict(fileName: string): Promise<ConflictChoice> {
  return new Promise((resolve) => {
    let choice: ConflictChoice = 'cancel';
    const modal = openModalDialog('The note changed on disk', () => resolve(choice));
    modal.body.append(
      element('p', {}, `Another program changed “${fileName}” after you opened it, and you have changes that are not saved.`),
      element('p', { class: 'dialog-hint' }, 'Reload theirs drops your unsaved changes. Keep mine replaces their version. Save mine as a copy keeps both.'),
    );
    const choose = (value: ConflictChoice) => () => {
      choice = value;
      modal.close();
    };
    const cancel = dialogButton('Cancel', choose('cancel'));
    modal.actions.append(
      cancel,
      dialogButton('Reload theirs', choose('reload-theirs')),
      dialogButton('Keep mine', choose('keep-mine')),
      dialogButton('Save mine as a copy', choose('save-copy'), { primary: true }),
    );
    cancel.focus();
  });
}
