import { EXPORT_JOB_ID, isExportStage, type ExportStage } from './export-progress';
import { RENDERER_COMMAND_IDS, type AppCommandId } from '../commands/app-commands';

/** Commands the Electron menus send to the renderer: the command table's, and the close guard's. */
export const MENU_COMMANDS: readonly string[] = [...RENDERER_COMMAND_IDS, 'saveAndClose'];
export type MenuCommand = AppCommandId | 'saveAndClose';

/** What a host tells the renderer without being asked. */
export type HostEvent =
  | { type: 'menu.command'; command: MenuCommand }
  /** Files in the library folder changed; an empty list means "rescan everything". */
  | { type: 'library.changed'; fileNames: string[] }
  /** Open this note (a file given on the command line or by the OS, copied into the library). */
  | { type: 'note.open'; id: string }
  /** An export started with this job id has moved on to `stage`. */
  | { type: 'export.progress'; jobId: string; stage: ExportStage };

/** Checks an event that crossed a process boundary; written by hand so the preload needs no zod. */
export function isHostEvent(value: unknown): value is HostEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'menu.command':
      return typeof event.command === 'string' && MENU_COMMANDS.includes(event.command);
    case 'library.changed':
      return Array.isArray(event.fileNames) && event.fileNames.every((name) => typeof name === 'string');
    case 'note.open':
      return typeof event.id === 'string';
    case 'export.progress':
      return typeof event.jobId === 'string' && EXPORT_JOB_ID.test(event.jobId) && isExportStage(event.stage);
    default:
      return false;
  }
}

/** IPC channel names shared by the preload and the main process. */
export const HOST_CALL_CHANNEL_PREFIX = 'host:';
export const HOST_EVENT_CHANNEL = 'host-event';
