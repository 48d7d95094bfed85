import type { Host } from '../../core/host/contract';
import { HOST_CALL_NAMES } from '../../core/host/call-names';
import type { HostBridge, PreloadBridge } from '../../core/host/host-bridge';
import { unwrapHostReply } from '../../core/host/host-reply';
import { connectHttpHost } from './http-host';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly briefingHost?: PreloadBridge;
  }
}

/** The host this renderer runs under: Electron's preload bridge, or browser mode's HTTP host. */
export function connectHost(): HostBridge {
  const bridge = window.briefingHost;
  if (!bridge) return connectHttpHost();
  const calls = Object.fromEntries(
    HOST_CALL_NAMES.map((name) => [name, async (args: unknown) => unwrapHostReply(await (bridge[name] as (a: unknown) => Promise<unknown>)(args))]),
  ) as unknown as Host;
  return { ...calls, onEvent: (listener) => bridge.onEvent(listener) };
}
