import type { HostResult } from '../../core/host/contract';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

type NoteSummary = HostResult<'notes.list'>['notes'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Lets the user pick a note from the library; resolves with its id, or null. */
export function pickNote(notes: NoteSummary[], libraryDir: string): Promise<string | null> {
  return new Promise((resolve) => {
    let picked: string | null = null;
    const modal = openModalDialog('Open note', () => resolve(picked));
    modal.body.append(element('p', { class: 'dialog-hint' }, `Notes in ${libraryDir}`));
    if (notes.length === 0) {
      modal.body.append(element('p', {}, 'The library has no notes yet. Write one and choose Save.'));
    } else {
      const list = element('ul', { class: 'note-list', 'aria-label': 'Notes' });
      for (const note of notes) {
        const button = dialogButton(note.title, () => {
          picked = note.id;
          modal.close();
        });
        button.append(element('span', { class: 'note-list-date' }, dateFormat.format(new Date(note.modified))));
        button.setAttribute('aria-label', `${note.title}, ${dateFormat.format(new Date(note.modified))}`);
        list.append(element('li', {}, button));
      }
      modal.body.append(list);
    }
    modal.actions.append(dialogButton('Cancel', () => modal.close()));
  });
}
