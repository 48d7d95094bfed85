import { t } from '../i18n/ui-language';
import type { HostBridge } from '../../core/host/host-bridge';

const ARTICLE_FILE = /\.(txt|md|html?)$/i;

/**
 * A `.brief` file dropped on the window is copied into the library and opened
 * (the original stays where it was, untouched); an article file (.txt, .md,
 * .html) becomes a new draft.
 */
export function acceptDroppedFiles(
  host: HostBridge,
  openById: (id: string) => Promise<void>,
  draftFromFile: (file: File) => Promise<void>,
  report: (message: string) => void,
): void {
  window.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    void (async () => {
      for (const file of files) {
        if (ARTICLE_FILE.test(file.name)) {
          await draftFromFile(file);
          continue;
        }
        if (!file.name.toLowerCase().endsWith('.brief')) {
          report(t('app.notANote', { name: file.name }));
          continue;
        }
        try {
          const { id } = await host['notes.import']({ fileName: file.name, content: await file.text() });
          await openById(id);
        } catch (error) {
          report(error instanceof Error ? error.message : String(error));
        }
      }
    })();
  });
}
