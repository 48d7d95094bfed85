import { t } from '../i18n/ui-language';
import type { HostBridge } from '../../core/host/host-bridge';
import { suggestNoteName } from '../../core/host/note-name';
import type { NoteSession } from './note-session';
import { askExportOptions } from '../ui/export-dialog';

/** Export PDF… : asks how, shows progress in the status bar, and says where the file went. */
export function createExport(host: HostBridge, session: NoteSession, report: (message: string) => void, notify: (message: string) => void) {
  let busy = false;
  return async (): Promise<void> => {
    if (busy) return report(t('app.exportRunning'));
    const choice = await askExportOptions();
    if (!choice) return;
    busy = true;
    const name = session.current.id?.replace(/\.brief$/, '') ?? suggestNoteName(session.title);
    notify(t('app.exporting', { format: choice.format.toUpperCase() }));
    try {
      // A saved note replaces its own earlier export; a draft never replaces anything.
      const { file } = await host['export.note']({ note: session.snapshotForExport(), name, replace: session.current.id !== null, ...choice });
      notify(t('app.exported', { file }));
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    } finally {
      busy = false;
    }
  };
}
