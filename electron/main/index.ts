import os from 'node:os';
import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { HOST_EVENT_CHANNEL, type HostEvent, type MenuCommand } from '../../core/host/host-events';
import { placeWindow } from '../../core/desktop/window-state';
import { isLanguage, languageFromLocale, type Language } from '../../core/i18n/language';
import { WindowStateStore } from '../services/window-state-store';
import { readHostOptions } from '../services/host-options';
import { startHostServices, type HostServices } from '../services/host-services';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { bindHostIpc } from './host-ipc';
import { createMainWindow } from './main-window';
import { appMenuTemplate } from './app-menu';
import { denyAllPermissions, guardWebContents } from './web-contents-guard';
import { askBeforeClosingUnsaved } from './close-guard';
import { libraryIdFor, notePathsIn } from './open-requests';
import { printToPdf } from './print-to-pdf';
import { inlineFontUrls } from '../services/pdf-fonts';
import { applySpellCheckLanguages } from './spellcheck';
import { observeHostCalls } from './observe-host-calls';
import { reflectNoteInTitleBar, rememberWindowState, showContextMenus } from './window-chrome';
import { followThemeSetting } from './native-theme';

// Electron passes [electron, app] in development and [app] when packaged; the rest are ours.
const ownArgs = (argv: readonly string[]): string[] => argv.slice(app.isPackaged ? 1 : 2);
const options = readHostOptions({ argv: ownArgs(process.argv), env: process.env, homeDir: os.homedir(), platform: process.platform });
app.setPath('userData', options.dataDir);
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;
let services: HostServices | null = null;
// Files the OS asked us to open before the window could take them (macOS open-file, argv).
const pendingFiles: string[] = notePathsIn(ownArgs(process.argv), process.cwd());

const send = (event: HostEvent): void => mainWindow?.webContents.send(HOST_EVENT_CHANNEL, event);
const sendCommand = (command: MenuCommand): void => send({ type: 'menu.command', command });
let menuLanguage: Language = 'en';

// The settings' interface language (another area may add it), else the OS's.
function languageOf(settings: unknown): Language {
  const chosen = (settings as { language?: unknown }).language;
  return isLanguage(chosen) ? chosen : languageFromLocale(app.getLocale());
}

function applyDesktopSettings(settings: unknown): void {
  menuLanguage = languageOf(settings);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(sendCommand, process.platform, menuLanguage)));
  applySpellCheckLanguages(session.defaultSession, settings);
}

async function openFiles(files: string[]): Promise<void> {
  if (!services || !mainWindow) return void pendingFiles.push(...files);
  for (const file of files) {
    try {
      send({ type: 'note.open', id: await libraryIdFor(file, services.library) });
    } catch (error) {
      dialog.showErrorBox('Could not open the note', `${file}\n\n${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    // Before the window exists, openFiles keeps them until it has loaded.
    void openFiles(notePathsIn(ownArgs(argv), cwd));
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFiles([file]);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { shell, dialog }));
  app.on('window-all-closed', () => app.quit());
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped || !services) return;
    // Quit once the host has finished what it still has to write.
    event.preventDefault();
    void services.stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Briefing Desk could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const fontDir = path.join(__dirname, '..', '..', 'assets', 'fonts');
  services = await startHostServices({
    options,
    host: 'electron',
    moveToTrash: (file) => shell.trashItem(file),
    // Its print window is served from a one-page scheme, so the page carries its fonts inside.
    renderPdf: async (page, signal) => printToPdf(page(await inlineFontUrls(fontDir)), signal),
    fontDir,
    onNoteOpened: (_id, file) => app.addRecentDocument(file),
  });
  services.events.subscribe(send);
  denyAllPermissions(session.defaultSession);
  serveRenderer(protocol, path.join(__dirname, '..', 'renderer'));
  let titleBar: { noteOpened(id: string): void } | null = null;
  const handlers = observeHostCalls(services.handlers, {
    noteOpened: (id) => titleBar?.noteOpened(id),
    settingsChanged: applyDesktopSettings,
  });
  bindHostIpc(ipcMain, {
    handlers: followThemeSetting(handlers, (theme) => (nativeTheme.themeSource = theme)),
    appMainFrame: () => mainWindow?.webContents.mainFrame ?? null,
    reportUnexpected: (call, error) => console.error(`[briefing-desk] ${call} failed:`, error),
  });
  applyDesktopSettings(await services.handlers['settings.get']({}).then(({ settings }) => settings, () => ({})));

  const windowState = new WindowStateStore(options.dataDir);
  const placement = placeWindow(await windowState.read(), screen.getAllDisplays().map((display) => display.workArea));
  const window = createMainWindow(path.join(__dirname, '..', 'preload', 'index.cjs'), placement);
  mainWindow = window;
  rememberWindowState(window, windowState);
  titleBar = reflectNoteInTitleBar(window, options.libraryDir);
  showContextMenus(window, session.defaultSession, sendCommand, () => menuLanguage);
  window.on('closed', () => {
    mainWindow = null;
  });
  askBeforeClosingUnsaved(window, dialog, () => sendCommand('saveAndClose'));
  // A crashed renderer comes back; on start it offers what the recovery journal holds.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') window.webContents.reload();
  });
  window.webContents.once('did-finish-load', () => void openFiles(pendingFiles.splice(0)));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
