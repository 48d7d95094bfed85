import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorFor, platformOf } from '../../core/commands/accelerator';
import { APP_COMMANDS, COMMAND_GROUPS, type AppCommand, type CommandGroup } from '../../core/commands/app-commands';
import type { MenuCommand } from '../../core/host/host-events';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/messages';

/**
 * The application menu, built from the command table in `language`.
 * Commands the page answers by keyboard itself (`keys: 'app' | 'editor'`)
 * show their accelerator without registering it, so a key press runs the
 * command once, in the page, exactly as in browser mode; menu roles keep
 * Electron's native handling (clipboard, undo in text fields, zoom).
 */
export function appMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform, language: Language = 'en'): MenuItemConstructorOptions[] {
  const os = platformOf(platform);
  const isMac = os === 'darwin';
  const label = (key: Parameters<typeof translate>[1]): string => translate(language, key);

  const itemFor = (command: AppCommand): MenuItemConstructorOptions => {
    const accelerator = command.accelerator ? acceleratorFor(command.accelerator, os) : undefined;
    if (command.role) return { id: command.id, label: label(command.label), role: command.role, accelerator };
    return {
      id: command.id,
      label: label(command.label),
      accelerator,
      registerAccelerator: accelerator ? command.keys === 'native' : undefined,
      click: () => send(command.id as MenuCommand),
    };
  };
  const itemsOf = (group: CommandGroup): MenuItemConstructorOptions[] =>
    (APP_COMMANDS as readonly AppCommand[])
      .filter((command) => command.group === group)
      .flatMap((command, index) => (command.separatorBefore && index > 0 ? [{ type: 'separator' as const }, itemFor(command)] : [itemFor(command)]));

  const groupLabel: Record<CommandGroup, string> = {
    file: label('menu.group.file'),
    edit: label('menu.group.edit'),
    format: label('menu.group.format'),
    view: label('menu.group.view'),
    help: label('menu.group.help'),
  };
  const endOfFile: MenuItemConstructorOptions = isMac ? { role: 'close', label: label('menu.file.close') } : { role: 'quit', label: label('menu.file.quit') };
  const menus = COMMAND_GROUPS.map((group): MenuItemConstructorOptions => {
    const items = itemsOf(group);
    if (group === 'file') items.push({ type: 'separator' }, endOfFile);
    return { label: groupLabel[group], role: group === 'help' ? 'help' : undefined, submenu: items };
  });
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: label('menu.group.window') };
  menus.splice(COMMAND_GROUPS.indexOf('help'), 0, windowMenu);
  return [...(isMac ? [{ role: 'appMenu', label: label('menu.group.app') } as MenuItemConstructorOptions] : []), ...menus];
}
