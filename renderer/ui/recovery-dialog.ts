import type { HostResult } from '../../core/host/contract';
import { formatDateTime } from '../../core/i18n/format-date';
import { t, uiLanguage } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

type RecoverySummary = HostResult<'recovery.list'>['entries'][number];
export type RecoveryChoice = { action: 'restore' | 'discard'; key: string };

/**
 * After a crash: the unsaved notes the journal holds, each with when and a
 * preview, to restore or discard. `onChoice` runs for each button pressed;
 * the dialog closes after a restore, or when nothing is left.
 */
export function showRecoveryDialog(entries: RecoverySummary[], onChoice: (choice: RecoveryChoice) => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const modal = openModalDialog(t('dialogs.recoveryTitle'), () => resolve());
    modal.body.append(element('p', {}, t('dialogs.recoveryText')));
    const list = element('ul', { class: 'recovery-list', 'aria-label': t('dialogs.recoverable') });
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
      const title = entry.title || entry.noteId?.replace(/\.brief$/, '') || t('dialogs.untitledNote');
      const item = element(
        'li',
        { 'aria-label': title },
        element('strong', {}, title),
        element('span', { class: 'recovery-when' }, t('dialogs.unsavedFrom', { when: formatDateTime(uiLanguage(), entry.savedAt, 'medium', 'medium') })),
        element('p', { class: 'recovery-preview' }, entry.preview || t('dialogs.empty')),
      );
      const actions = element('div', { class: 'recovery-actions' });
      actions.append(
        dialogButton(t('dialogs.discard'), () => {
          void choose({ action: 'discard', key: entry.key }).then(() => {
            item.remove();
            if (!list.children.length) modal.close();
          });
        }),
        dialogButton(
          t('dialogs.restore'),
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
    modal.actions.append(dialogButton(t('dialogs.later'), () => modal.close()));
  });
}
