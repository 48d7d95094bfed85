import { t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
}

/** Asks the user to confirm a step that cannot be undone; resolves true only on confirm. */
export function confirmDialog({ title, message, confirmLabel }: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let confirmed = false;
    const modal = openModalDialog(title, () => resolve(confirmed));
    modal.body.append(element('p', {}, message));
    const cancel = dialogButton(t('common.cancel'), () => modal.close());
    modal.actions.append(
      cancel,
      dialogButton(
        confirmLabel,
        () => {
          confirmed = true;
          modal.close();
        },
        { primary: true },
      ),
    );
    cancel.focus();
  });
}
