import type { Platform } from '../../core/commands/accelerator';
import { shortcutSheet } from '../../core/commands/shortcut-sheet';
import type { MessageKey } from '../../core/i18n/messages';
import { t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

const withoutMnemonic = (label: string): string => label.replace('&', '');

function keysCell(keys: string[][]): HTMLElement {
  const cell = element('td', { class: 'shortcut-keys' });
  keys.forEach((combination, index) => {
    if (index > 0) cell.append(` ${t('menu.shortcuts.or')} `);
    // One <kbd> per combination holding one <kbd> per key, as HTML specifies for key combinations.
    cell.append(element('kbd', {}, ...combination.flatMap((key, i) => (i > 0 ? ['+', element('kbd', {}, key)] : [element('kbd', {}, key)]))));
  });
  return cell;
}

/** Help → Keyboard shortcuts: every shortcut of the command table, by menu, in the platform's key names. */
export function showShortcutSheet(platform: Platform, options: { inBrowser: boolean; onClose(): void }): void {
  const modal = openModalDialog(t('menu.shortcuts.title'), options.onClose);
  modal.dialog.classList.add('shortcut-sheet');
  for (const section of shortcutSheet(platform)) {
    const heading = withoutMnemonic(t(`menu.group.${section.group}` as MessageKey));
    const table = element(
      'table',
      { class: 'shortcut-table' },
      element('caption', {}, heading),
      element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, t('menu.shortcuts.command')), element('th', { scope: 'col' }, t('menu.shortcuts.keys')))),
      element('tbody', {}, ...section.rows.map((row) => element('tr', {}, element('th', { scope: 'row' }, t(row.label)), keysCell(row.keys)))),
    );
    modal.body.append(table);
  }
  if (options.inBrowser) modal.body.append(element('p', { class: 'dialog-hint' }, t('menu.shortcuts.browserNote')));
  const close = dialogButton(t('common.close'), () => modal.close(), { primary: true });
  modal.actions.append(close);
  close.focus();
}
