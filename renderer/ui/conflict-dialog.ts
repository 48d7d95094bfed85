import { t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export type ConflictChoice = 'reload-theirs' | 'keep-mine' | 'save-copy' | 'cancel';

/** The note's file changed on disk since it was opened: the user decides whose version wins. */
export function askAboutConflict(fileName: string): Promise<ConflictChoice> {
  return new Promise((resolve) => {
    let choice: ConflictChoice = 'cancel';
    const modal = openModalDialog(t('dialogs.conflictTitle'), () => resolve(choice));
    modal.body.append(
      element('p', {}, t('dialogs.conflictText', { file: fileName })),
      element('p', { class: 'dialog-hint' }, t('dialogs.conflictHint')),
    );
    const choose = (value: ConflictChoice) => () => {
      choice = value;
      modal.close();
    };
    const cancel = dialogButton(t('common.cancel'), choose('cancel'));
    modal.actions.append(
      cancel,
      dialogButton(t('dialogs.reloadTheirs'), choose('reload-theirs')),
      dialogButton(t('dialogs.keepMine'), choose('keep-mine')),
      dialogButton(t('dialogs.saveCopy'), choose('save-copy'), { primary: true }),
    );
    cancel.focus();
  });
}
