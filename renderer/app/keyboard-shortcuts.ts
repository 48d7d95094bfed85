import type { NoteCommands } from './note-commands';

/**
 * File shortcuts for browser mode and for Electron alike (Electron's menu
 * sends the same commands when its accelerators take the key first).
 */
export function bindFileShortcuts(target: Window, commands: NoteCommands & { exportNote(): Promise<void> }): void {
  target.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    const run =
      key === 's' && event.shiftKey
        ? commands.saveAs
        : key === 's'
          ? commands.save
          : key === 'o' && !event.shiftKey
            ? commands.openNote
            : key === 'e' && event.shiftKey
              ? commands.exportNote
              : undefined;
    if (!run) return;
    event.preventDefault();
    void run();
  });
}

/** Ctrl/Cmd+Alt+M comments on the selection; Ctrl/Cmd+Alt+↓/↑ go to the next or previous comment. */
export function bindAnnotationShortcuts(target: Window, annotations: { addComment(): void; nextThread(direction: 1 | -1): void }): void {
  target.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return;
    const run =
      event.code === 'KeyM'
        ? () => annotations.addComment()
        : event.key === 'ArrowDown'
          ? () => annotations.nextThread(1)
          : event.key === 'ArrowUp'
            ? () => annotations.nextThread(-1)
            : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  });
}
