import type { DocumentNode } from '../../document/note-file';
import { portionOf } from '../../document/portion-marks-in-doc';
import { escapeHtml } from './escape-html';

/** "(S) " in front of a block that carries a portion mark; nothing otherwise. */
export function portionPrefixHtml(node: DocumentNode): string {
  const mark = portionOf(node);
  return mark === null ? '' : `<span class="portion-mark">(${escapeHtml(mark)})</span> `;
}
