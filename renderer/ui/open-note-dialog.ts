import type { HostResult } from '../../core/host/contract';
import { formatDateTime } from '../../core/i18n/format-date';
import { t, uiLanguage } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

type NoteSummary = HostResult<'notes.list'>['notes'][number];

/** Lets the user pick a note from the library; resolves with its id, or null. */
export function pickNote(notes: NoteSummary[], libraryDir: string): Promise<string | null> {
  return new Promise((resolve) => {
    let picked: string | null = null;
    const modal = openModalDialog(t('dialogs.openTitle'), () => resolve(picked));
    modal.body.append(element('p', { class: 'dialog-hint' }, t('dialogs.notesIn', { folder: libraryDir })));
    if (notes.length === 0) {
      modal.body.append(element('p', {}, t('dialogs.noNotes')));
    } else {
      const list = element('ul', { class: 'note-list', 'aria-label': t('dialogs.notes') });
      for (const note of notes) {
        const button = dialogButton(note.title, () => {
          picked = note.id;
          modal.close();
        });
        const modified = formatDateTime(uiLanguage(), note.modified);
        button.append(element('span', { class: 'note-list-date' }, modified));
        button.setAttribute('aria-label', `${note.title}, ${modified}`);
        list.append(element('li', {}, button));
      }
      modal.body.append(list);
    }
    modal.actions.append(dialogButton(t('common.cancel'), () => modal.close()));
  });
}
