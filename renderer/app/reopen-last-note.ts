import type { HostBridge } from '../../core/host/host-bridge';
import type { NoteSession } from './note-session';

/**
 * At start, in both hosts: the note the user last opened or saved comes back,
 * as the host's list of recent notes (kept in the data folder) remembers it.
 * Only into an untouched editor (recovery may have filled it), and quietly:
 * a note that is gone or unreadable leaves the empty note, with no dialog.
 */
export async function reopenLastNote(host: HostBridge, session: NoteSession): Promise<void> {
  const pristine = (): boolean => session.current.id === null && !session.hasUnsavedChanges;
  if (!pristine()) return;
  const { recent } = await host['notes.list']({}).catch(() => ({ recent: [] as string[] }));
  const last = recent[0];
  if (!last || !pristine()) return;
  await session.open(last).catch(() => {});
  if (session.current.id === last) session.focusEditor();
}
