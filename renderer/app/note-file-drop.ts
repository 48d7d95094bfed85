import type { HostBridge } from '../../core/host/host-bridge';

/**
 * A `.brief` file dropped on the window is copied into the library and opened;
 * the original stays where it was, untouched.
 */
export function acceptDroppedNotes(host: HostBridge, openById: (id: string) => Promise<void>, report: (message: string) => void): void {
  window.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    void (async () => {
      for (const file of files) {
        if (!file.name.toLowerCase().endsWith('.brief')) {
          report(`“${file.name}” is not a Briefing Desk note (.brief), so it was not opened.`);
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
