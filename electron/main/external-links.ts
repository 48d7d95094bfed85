import type { BrowserWindow, Dialog, Shell } from 'electron';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isOpenableExternally(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Opens a web or mail link in the user's own programs, after asking; every other kind is ignored. */
export async function openExternalAfterConfirm(url: string, { shell, dialog, parent }: { shell: Shell; dialog: Dialog; parent?: BrowserWindow }): Promise<void> {
  if (!isOpenableExternally(url)) return;
  const options = {
    type: 'question' as const,
    buttons: ['Open link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link outside Briefing Desk?',
    detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  // Only http(s)/mailto reach this line, and only after the user said yes.
  if (response === 0) await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}
