import { t } from '../i18n/ui-language';
import type { NoteSession } from './note-session';
import { confirmDialog } from '../ui/confirm-dialog';

/**
 * Before replacing the open note: true when nothing would be lost, or the user
 * agrees to lose it. A comment or reply typed and not posted counts too.
 */
export async function mayDiscardChanges(session: NoteSession, hasUnpostedComment: () => boolean): Promise<boolean> {
  const unsaved = session.hasUnsavedChanges;
  if (!unsaved && !hasUnpostedComment()) return true;
  return confirmDialog({
    title: t('app.discardTitle'),
    message: t(unsaved ? 'app.discardText' : 'app.discardCommentText'),
    confirmLabel: t('app.discard'),
  });
}
