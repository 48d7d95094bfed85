import { t } from '../i18n/ui-language';
import type { NoteSession } from './note-session';
import { confirmDialog } from '../ui/confirm-dialog';

/** Before replacing the open note: true when it has nothing unsaved, or the user agrees to lose it. */
export async function mayDiscardChanges(session: NoteSession): Promise<boolean> {
  return (
    !session.hasUnsavedChanges ||
    confirmDialog({
      title: t('app.discardTitle'),
      message: t('app.discardText'),
      confirmLabel: t('app.discard'),
    })
  );
}
