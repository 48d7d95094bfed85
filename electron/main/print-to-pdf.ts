import { BrowserWindow } from 'electron';

/**
 * Electron's PDF engine: the print HTML in a hidden window that is sandboxed
 * and has no preload, printed with `printToPDF`. The HTML is self-contained
 * (fonts inlined) and holds no script; any request but data: is refused.
 * Script stays on only so we can wait for `document.fonts.ready`.
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    window.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    // Every face, not only the body's: the margin boxes (banner, page numbers) would otherwise fall back to a system font.
    await window.webContents.executeJavaScript('Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => true)');
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true });
  } finally {
    window.destroy();
  }
}
