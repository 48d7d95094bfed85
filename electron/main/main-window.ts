import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

/** The app's window: sandboxed, isolated, no Node, only the preload's bridge. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 640,
    minHeight: 480,
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
