import os from 'node:os';
import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { MenuCommand } from '../../core/host/host-events';
import { MENU_COMMAND_CHANNEL } from '../../core/host/host-events';
import { readHostOptions } from '../services/host-options';
import { NoteLibrary } from '../services/note-library';
import { createHostHandlers } from '../services/host-handlers';
import { APP_NAME, APP_VERSION } from '../services/app-version';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { bindHostIpc } from './host-ipc';
import { createMainWindow } from './main-window';
import { appMenuTemplate } from './app-menu';
import { denyAllPermissions, guardWebContents } from './web-contents-guard';

// Electron passes [electron, app] in development and [app] when packaged; the rest are ours.
const options = readHostOptions({
  argv: process.argv.slice(app.isPackaged ? 1 : 2),
  env: process.env,
  homeDir: os.homedir(),
  platform: process.platform,
});
app.setPath('userData', options.dataDir);
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { shell, dialog }));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Briefing Desk could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const library = new NoteLibrary(options.libraryDir);
  await library.ensureExists();
  denyAllPermissions(session.defaultSession);
  serveRenderer(protocol, path.join(__dirname, '..', 'renderer'));
  bindHostIpc(ipcMain, {
    handlers: createHostHandlers({
      library,
      appInfo: {
        name: APP_NAME,
        version: APP_VERSION,
        host: 'electron',
        platform: process.platform,
        libraryDir: options.libraryDir,
        dataDir: options.dataDir,
      },
    }),
    appMainFrame: () => mainWindow?.webContents.mainFrame ?? null,
    reportUnexpected: (call, error) => console.error(`[briefing-desk] ${call} failed:`, error),
  });
  const send = (command: MenuCommand): void => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(send, process.platform)));
  mainWindow = createMainWindow(path.join(__dirname, '..', 'preload', 'index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
