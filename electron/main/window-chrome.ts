import path from 'node:path';
import { Menu, type BrowserWindow, type Session } from 'electron';
import { titleShowsUnsaved } from '../../core/desktop/window-title';
import type { MenuCommand } from '../../core/host/host-events';
import type { Language } from '../../core/i18n/language';
import type { WindowStateStore } from '../services/window-state-store';
import { contextMenuTemplate } from './context-menu';

/** Keeps size, position, maximised state and zoom for next time, whenever the window closes. */
export function rememberWindowState(window: BrowserWindow, store: WindowStateStore): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    store.writeNow({ ...bounds, maximised: window.isMaximized(), zoomLevel: window.webContents.getZoomLevel() });
  });
}

/** macOS's unsaved dot and proxy icon follow the title the renderer sets ("• Title — Briefing Desk"). */
export function reflectNoteInTitleBar(window: BrowserWindow, libraryDir: string): { noteOpened(id: string): void } {
  // Both are macOS features; elsewhere the title text itself carries the mark.
  if (process.platform !== 'darwin') return { noteOpened: () => {} };
  window.on('page-title-updated', (_event, title) => window.setDocumentEdited(titleShowsUnsaved(title)));
  return { noteOpened: (id) => window.setRepresentedFilename(path.join(libraryDir, id)) };
}

/** The right-click menu with Electron's spelling suggestions, in the interface language. */
export function showContextMenus(window: BrowserWindow, session: Session, send: (command: MenuCommand) => void, language: () => Language): void {
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      {
        send,
        replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
        addToDictionary: (word) => session.addWordToSpellCheckerDictionary(word),
      },
      language(),
    );
    if (template.length) Menu.buildFromTemplate(template).popup({ window });
  });
}
