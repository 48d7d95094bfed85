import type { NoteMetadata } from '../../document/note-file';
import { escapeHtml } from './escape-html';
import { criticalDateRow } from './critical-date-html';

/** The title block: title in bold capitals, then reference, date, addressee and drafter when given. */
export function titleBlockHtml(meta: NoteMetadata): string {
  const rows = [
    ['Reference', meta.reference],
    ['Date', meta.date ?? ''],
    ['To', meta.addressee],
    ['From', meta.drafter],
    criticalDateRow(meta) ?? ['', ''],
  ].filter(([, value]) => value !== '');
  const list = rows.map(([label, value]) => `<dt>${escapeHtml(label ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`).join('');
  return `<header class="title-block"><h1>${escapeHtml(meta.title || 'Untitled note')}</h1>${list ? `<dl>${list}</dl>` : ''}</header>`;
}
