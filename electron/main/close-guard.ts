import type { BrowserWindow, Dialog } from 'electron';

/**
 * The renderer refuses to unload while a note has unsaved changes; Electron
 * then asks here. Save lets the renderer save and close itself; Don't save
 * closes anyway (the recovery journal still holds the text until discarded).
 */
export function askBeforeClosingUnsaved(window: BrowserWindow, dialog: Dialog, saveAndClose: () => void): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'Save changes to this note before closing?',
      detail: 'If you don’t save, your changes are lost.',
    });
    if (choice === 1) event.preventDefault();
    if (choice === 0) saveAndClose();
  });
}
