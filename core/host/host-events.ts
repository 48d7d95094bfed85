/** Commands the Electron application menu sends to the renderer. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** IPC channel names shared by the preload and the main process. */
export const HOST_CALL_CHANNEL_PREFIX = 'host:';
export const MENU_COMMAND_CHANNEL = 'host-event:menu.command';
