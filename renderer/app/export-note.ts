import { t } from '../i18n/ui-language';
import type { HostBridge } from '../../core/host/host-bridge';
import { HostError } from '../../core/host/host-error';
import { suggestNoteName } from '../../core/host/note-name';
import type { NoteSession } from './note-session';
import { openExportDialog, type ExportChoice, type ExportDialog, type ExportEnd } from '../ui/export-dialog';

/**
 * Export PDF… : the export dialog, which shows the export's progress (from
 * the host's `export.progress` events) and can cancel it; the status bar
 * then says where the file went.
 */
export function createExport(
  host: HostBridge,
  session: NoteSession,
  report: (message: string) => void,
  notify: (message: string) => void,
  defaultPageSize: () => ExportChoice['pageSize'],
) {
  let running: { jobId: string; dialog: ExportDialog } | null = null;
  let open = false;
  host.onEvent((event) => {
    if (event.type === 'export.progress' && event.jobId === running?.jobId) running.dialog.showStage(event.stage);
  });

  return async (): Promise<void> => {
    if (open) return report(t('export.busy'));
    open = true;
    let jobId = '';
    const dialog: ExportDialog = openExportDialog({
      run: async (choice): Promise<ExportEnd> => {
        jobId = crypto.randomUUID();
        running = { jobId, dialog };
        const name = session.current.id?.replace(/\.brief$/, '') ?? suggestNoteName(session.title);
        try {
          // A saved note replaces its own earlier export; a draft never replaces anything.
          const { file } = await host['export.note']({ note: session.snapshotForExport(), name, replace: session.current.id !== null, jobId, ...choice });
          notify(t('export.done', { file }));
          return { ended: 'done' };
        } catch (error) {
          if (error instanceof HostError && error.code === 'cancelled') return { ended: 'cancelled' };
          return { ended: 'failed', message: error instanceof Error ? error.message : String(error) };
        } finally {
          running = null;
        }
      },
      cancel: () => {
        void host['export.cancel']({ jobId }).catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
      },
      onClose: () => {
        open = false;
      },
      defaultPageSize: defaultPageSize(),
    });
  };
}
