// The renderer's only door to the main process: exactly the host contract's calls
// and the menu's commands. No ipcRenderer, no channel names from the page.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CALL_NAMES } from '../../core/host/call-names';
import { HOST_CALL_CHANNEL_PREFIX, MENU_COMMAND_CHANNEL, isMenuCommand, type MenuCommand } from '../../core/host/host-events';

const calls = Object.fromEntries(
  HOST_CALL_NAMES.map((name) => [name, (args: unknown) => ipcRenderer.invoke(`${HOST_CALL_CHANNEL_PREFIX}${name}`, args)]),
);

contextBridge.exposeInMainWorld('briefingHost', {
  ...calls,
  onMenuCommand(listener: (command: MenuCommand) => void): void {
    ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    });
  },
});
