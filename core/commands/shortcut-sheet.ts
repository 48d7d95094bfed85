import { acceleratorKeyNames, type Platform } from './accelerator';
import { APP_COMMANDS, COMMAND_GROUPS, type AppCommand, type CommandGroup } from './app-commands';
import type { MenuMessageKey } from '../i18n/catalogues/menu';

export interface ShortcutRow {
  id: string;
  label: MenuMessageKey;
  /** Each way to run it, as key names: `[['Ctrl', '/'], ['F1']]`. */
  keys: string[][];
}

export interface ShortcutSection {
  group: CommandGroup;
  rows: ShortcutRow[];
}

/** Every command that has keys, by menu, with the keys as `platform` names them. */
export function shortcutSheet(platform: Platform): ShortcutSection[] {
  const commands = APP_COMMANDS as readonly AppCommand[];
  return COMMAND_GROUPS.map((group) => ({
    group,
    rows: commands
      .filter((command) => command.group === group && command.accelerator)
      .map((command) => ({
        id: command.id,
        label: command.label,
        keys: [command.accelerator!, ...(command.alsoKeys ?? [])].map((accelerator) => acceleratorKeyNames(accelerator, platform)),
      })),
  })).filter((section) => section.rows.length > 0);
}
