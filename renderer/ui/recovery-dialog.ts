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
          void onChoice({ action: 'discard', key: entry.key }).then(() => {
            item.remove();
            if (!list.children.length) modal.close();
          });
        }),
        dialogButton(
          'Restore',
          () => {
            void onChoice({ action: 'restore', key: entry.key }).then(() => modal.close());
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
