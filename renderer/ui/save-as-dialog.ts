import { NoteName } from '../../core/host/note-name';
import { t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

export type SaveAsChoice = { name: string } | null;

export interface NameDialogText {
  title: string;
  confirm: string;
}

/** Asks for a note's name (to save or rename it under); checks it before the host sees it. */
export function askNoteName(suggestion: string, text: NameDialogText = { title: t('dialogs.saveAsTitle'), confirm: t('dialogs.save') }): Promise<SaveAsChoice> {
  return new Promise((resolve) => {
    let choice: SaveAsChoice = null;
    const modal = openModalDialog(text.title, () => resolve(choice));
    const input = element('input', { type: 'text', id: 'save-as-name', value: suggestion, autocomplete: 'off', 'aria-describedby': 'save-as-error' });
    const error = element('p', { id: 'save-as-error', class: 'field-error', role: 'alert' });
    const submit = (): void => {
      const parsed = NoteName.safeParse(input.value);
      if (!parsed.success) {
        error.textContent = parsed.error.issues[0]?.message ?? t('dialogs.badName');
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      choice = { name: parsed.data };
      modal.close();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        submit();
      }
    });
    modal.body.append(element('label', { for: 'save-as-name' }, t('dialogs.noteName')), input, error);
    modal.actions.append(dialogButton(t('common.cancel'), () => modal.close()), dialogButton(text.confirm, submit, { primary: true }));
    input.select();
  });
}
