/** Ctrl/Cmd+, opens the settings, as in most desktop programs. */
export function bindSettingsShortcut(target: Window, openSettings: () => void): void {
  target.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key !== ',') return;
    event.preventDefault();
    openSettings();
  });
}
