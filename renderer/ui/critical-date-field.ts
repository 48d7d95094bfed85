import type { NoteMetadata } from '../../core/document/note-file';
import { element } from './element';
import { labelled } from '../i18n/ui-language';

type CriticalDate = NoteMetadata['criticalDate'];

export interface CriticalDateField {
  root: HTMLElement;
  show(value: CriticalDate, readOnly: boolean): void;
  focus(): void;
}

/**
 * The note's critical date and its reason. Clearing the date makes the note
 * routine again (the reason goes with it); the reason is kept as typed.
 */
export function createCriticalDateField(setCriticalDate: (value: CriticalDate) => void): CriticalDateField {
  const date = element('input', { type: 'date', id: 'critical-date' });
  const reason = element('input', { type: 'text', id: 'critical-date-reason', maxlength: '500', autocomplete: 'off' });
  labelled(reason, 'blocks.criticalDate.reasonPlaceholder', 'placeholder');
  const root = element(
    'div',
    { class: 'critical-date' },
    labelled(element('label', { for: 'critical-date' }), 'blocks.criticalDate.label'),
    date,
    labelled(element('label', { for: 'critical-date-reason' }), 'blocks.criticalDate.reason'),
    reason,
  );
  const commit = (): void => setCriticalDate(date.value ? { date: date.value, reason: reason.value.normalize('NFC') } : undefined);
  date.addEventListener('change', commit);
  reason.addEventListener('input', () => {
    if (date.value) commit();
  });

  return {
    root,
    show(value, readOnly) {
      // Never rewrite a field under the user's fingers.
      if (document.activeElement !== date) date.value = value?.date ?? '';
      if (document.activeElement !== reason) reason.value = value?.reason ?? '';
      date.disabled = readOnly;
      reason.disabled = readOnly || !date.value;
    },
    focus: () => date.focus(),
  };
}
