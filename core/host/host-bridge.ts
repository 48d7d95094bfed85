import type { HostArgs, HostCall, Host } from './contract';
import type { HostReply } from './host-reply';
import type { HostEvent } from './host-events';

/** What the renderer works with: the contract's calls, plus the events its host sends. */
export interface HostBridge extends Host {
  onEvent(listener: (event: HostEvent) => void): void;
  /**
   * Browser mode only: hands the sender of saves parts of the open note (its
   * blocks' JSON, its sources, its annotations) ahead of the next save or
   * journal write, which then carries only what changed since. Electron's
   * bridge clones each call's arguments whole and has no use for it.
   */
  holdNoteParts?(parts: readonly object[]): void;
}

/**
 * What the Electron preload exposes as `window.briefingHost`, and nothing
 * more: one function per host call, answering with a HostReply (errors
 * travel as data because contextBridge strips an error's class), and a
 * subscription to host events.
 */
export type PreloadBridge = { [C in HostCall]: (args: HostArgs<C>) => Promise<HostReply> } & {
  onEvent(listener: (event: HostEvent) => void): void;
};
