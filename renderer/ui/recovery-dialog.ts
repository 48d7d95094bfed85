import type { HostResult } from '../../core/host/contract';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

type RecoverySummary = HostResult<'recovery.list'>['entries'][number];
export type RecoveryChoice = { action: 'restore' | 'discard'; key: string };

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * After a crash: the unsaved notes the journal holds, each with when and a
 * preview, to restore or discard. `onChoice` runs for each button pressed;
 * the dialog closes after a restore, or when nothing is left.
 */
export function showRecoveryDialog(entries: RecoverySummary[], onChoice: (choice: RecoveryChoice) => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const modal = openModalDialog('Recover unsaved work', () => resolve());
    modal.body.append(element('p', {}, 'Briefing Desk closed before these changes were saved. Restore one to keep working on it, or discard it.'));
    const list = element('ul', { class: 'recovery-list', 'aria-label': 'Recoverable notes' });
    // While one choice runs, no other: a second Restore would discard the first.
    const choose = async (choice: RecoveryChoice): Promise<void> => {
      const buttons = [...modal.dialog.querySelectorAll('button')];
      for (const button of buttons) button.disabled = true;
      try {
        await onChoice(choice);
      } finally {
        for (const button of buttons) button.disabled = false;
      }
    };
    for (const entry of entries) {
      const title = entry.title || entry.noteId?.replace(/\.brief$/, '') || 'Untitled note';
      const item = element(
        'li',
        { 'aria-label': title },
        element('strong', {}, title),
        element('span', { class: 'recovery-when' }, `Unsaved changes from ${timeFormat.format(new Date(entry.savedAt))}`),
        element('p', { class: 'recovery-preview' }, entry.preview || '(empty)'),
      );
      const actions = element('div', { class: 'recovery-actions' });
      actions.append(
        dialogButton('Discard', () => {
          void choose({ action: 'discard', key: entry.key }).then(() => {
            item.remove();
            if (!list.children.length) modal.close();
          });
        }),
        dialogButton(
          'Restore',
          () => {
            void choose({ action: 'restore', key: entry.key }).then(() => modal.close());
          },
          { primary: true },
        ),
      );
      item.append(actions);
      list.append(item);
    }
    modal.body.append(list);
    modal.actions.append(dialogButton('Later', () => modal.close()));
  });
}
