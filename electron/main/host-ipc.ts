import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_CALL_NAMES } from '../../core/host/call-names';
import { HOST_CALL_CHANNEL_PREFIX } from '../../core/host/host-events';
import { dispatchHostCall, type UnexpectedErrorReporter } from '../../core/host/dispatch';
import type { HostHandlers } from '../../core/host/contract';
import type { HostReply } from '../../core/host/host-reply';
import { isTrustedSender, type FrameLike } from './trusted-sender';

export interface HostIpcOptions {
  handlers: HostHandlers;
  /** The main frame of the app's window, or null while there is none. */
  appMainFrame: () => FrameLike | null;
  reportUnexpected?: UnexpectedErrorReporter;
}

/** Binds each host call to `ipcMain.handle`, refusing senders other than the app's main frame. */
export function bindHostIpc(ipcMain: Pick<IpcMain, 'handle'>, { handlers, appMainFrame, reportUnexpected }: HostIpcOptions): void {
  for (const name of HOST_CALL_NAMES) {
    ipcMain.handle(`${HOST_CALL_CHANNEL_PREFIX}${name}`, (event: IpcMainInvokeEvent, args: unknown): Promise<HostReply> => {
      if (!isTrustedSender(event.senderFrame, appMainFrame())) {
        return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'This window may not use Briefing Desk’s host.' } });
      }
      return dispatchHostCall(handlers, name, args, reportUnexpected);
    });
  }
}
