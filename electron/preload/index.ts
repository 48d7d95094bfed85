// The renderer's only door to the main process: exactly the host contract's calls
// and the host's events. No ipcRenderer, no channel names from the page.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CALL_NAMES } from '../../core/host/call-names';
import { HOST_CALL_CHANNEL_PREFIX, HOST_EVENT_CHANNEL, isHostEvent, type HostEvent } from '../../core/host/host-events';

const calls = Object.fromEntries(
  HOST_CALL_NAMES.map((name) => [name, (args: unknown) => ipcRenderer.invoke(`${HOST_CALL_CHANNEL_PREFIX}${name}`, args)]),
);

contextBridge.exposeInMainWorld('briefingHost', {
  ...calls,
  onEvent(listener: (event: HostEvent) => void): void {
    ipcRenderer.on(HOST_EVENT_CHANNEL, (_event, payload: unknown) => {
      if (isHostEvent(payload)) listener(payload);
    });
  },
});
