import type { HostHandlers } from '../../core/host/contract';
import type { Settings } from '../../core/host/settings';

/**
 * The host's handlers, telling the window's chrome what it needs that only
 * the renderer's calls reveal: which note is open (for macOS's title-bar
 * proxy icon) and the settings after each change (menu language, spelling).
 */
export function observeHostCalls(
  handlers: HostHandlers,
  observers: { noteOpened(id: string): void; settingsChanged(settings: Settings): void },
): HostHandlers {
  return {
    ...handlers,
    'notes.open': async (args) => {
      const opened = await handlers['notes.open'](args);
      observers.noteOpened(opened.id);
      return opened;
    },
    'notes.save': async (args) => {
      const saved = await handlers['notes.save'](args);
      observers.noteOpened(saved.id);
      return saved;
    },
    'notes.saveAs': async (args) => {
      const saved = await handlers['notes.saveAs'](args);
      observers.noteOpened(saved.id);
      return saved;
    },
    'settings.set': async (args) => {
      const changed = await handlers['settings.set'](args);
      observers.settingsChanged(changed.settings);
      return changed;
    },
  };
}
