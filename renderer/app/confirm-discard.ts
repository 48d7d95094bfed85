import type { NoteSession } from './note-session';
import { confirmDialog } from '../ui/confirm-dialog';

/** Before replacing the open note: true when it has nothing unsaved, or the user agrees to lose it. */
export async function mayDiscardChanges(session: NoteSession): Promise<boolean> {
  return (
    !session.hasUnsavedChanges ||
    confirmDialog({
      title: 'Discard unsaved changes?',
      message: 'This note has changes that are not saved. If you continue, they are lost.',
      confirmLabel: 'Discard changes',
    })
  );
}
