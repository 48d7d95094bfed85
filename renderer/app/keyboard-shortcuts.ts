import type { NoteCommands } from './note-commands';

/**
 * File shortcuts for browser mode and for Electron alike (Electron's menu
 * sends the same commands when its accelerators take the key first).
 */
export function bindFileShortcuts(target: Window, commands: NoteCommands): void {
  target.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    const run =
      key === 's' && event.shiftKey ? commands.saveAs : key === 's' ? commands.save : key === 'o' && !event.shiftKey ? commands.openNote : undefined;
    if (!run) return;
    event.preventDefault();
    void run();
  });
}
