import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { MIN_WINDOW_SIZE, type WindowPlacement } from '../../core/desktop/window-state';

/** The app's window, where it was last time: sandboxed, isolated, no Node, only the preload's bridge. */
export function createMainWindow(preloadPath: string, placement: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    x: placement.x,
    y: placement.y,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Briefing Desk',
    webPreferences: {
      // The preload exposes only the host contract (electron/preload/index.ts); no Node reaches the page.
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click would otherwise ask for a new window; no link should open inside the app.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximised) window.maximize();
    window.show();
  });
  window.webContents.on('did-finish-load', () => window.webContents.setZoomLevel(placement.zoomLevel));
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
