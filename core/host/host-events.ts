/** Commands the Electron application menu sends to the renderer. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'saveAndClose', 'export', 'insertDecision', 'insertCriticalDate'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What a host tells the renderer without being asked. */
export type HostEvent =
  | { type: 'menu.command'; command: MenuCommand }
  /** Files in the library folder changed; an empty list means "rescan everything". */
  | { type: 'library.changed'; fileNames: string[] }
  /** Open this note (a file given on the command line or by the OS, copied into the library). */
  | { type: 'note.open'; id: string };

/** Checks an event that crossed a process boundary; written by hand so the preload needs no zod. */
export function isHostEvent(value: unknown): value is HostEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'menu.command':
      return typeof event.command === 'string' && (MENU_COMMANDS as readonly string[]).includes(event.command);
    case 'library.changed':
      return Array.isArray(event.fileNames) && event.fileNames.every((name) => typeof name === 'string');
    case 'note.open':
      return typeof event.id === 'string';
    default:
      return false;
  }
}

/** IPC channel names shared by the preload and the main process. */
export const HOST_CALL_CHANNEL_PREFIX = 'host:';
export const HOST_EVENT_CHANNEL = 'host-event';
