import type { HostArgs, HostCall, Host } from './contract';
import type { HostReply } from './host-reply';
import type { MenuCommand } from './host-events';

/** What the renderer works with: the contract's calls, plus the application menu's commands. */
export interface HostBridge extends Host {
  onMenuCommand(listener: (command: MenuCommand) => void): void;
}

/**
 * What the Electron preload exposes as `window.briefingHost`, and nothing
 * more: one function per host call, answering with a HostReply (errors
 * travel as data because contextBridge strips an error's class).
 */
export type PreloadBridge = { [C in HostCall]: (args: HostArgs<C>) => Promise<HostReply> } & {
  onMenuCommand(listener: (command: MenuCommand) => void): void;
};
