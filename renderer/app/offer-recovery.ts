import type { HostBridge } from '../../core/host/host-bridge';
import type { NoteSession } from './note-session';
import { showRecoveryDialog } from '../ui/recovery-dialog';

/** At start: offers what the recovery journal holds from a session that ended unsaved. */
export async function offerRecovery(host: HostBridge, session: NoteSession, report: (message: string) => void): Promise<void> {
  const { entries } = await host['recovery.list']({});
  if (!entries.length) return;
  await showRecoveryDialog(entries, async ({ action, key }) => {
    try {
      if (action === 'discard') await host['recovery.discard']({ key });
      else await session.restore(await host['recovery.read']({ key }));
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    }
  });
  session.focusEditor();
}
