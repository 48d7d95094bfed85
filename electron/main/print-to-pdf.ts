import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';

const PRINT_SCHEME = 'briefing-print';
const PRINT_TIMEOUT_MS = 60_000;
// The print HTML inlines its styles and fonts; it may load nothing else and holds no script.
const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * Electron's PDF engine: the print HTML in a hidden, sandboxed window with no
 * preload, on a private, in-memory session of its own (so nothing it blocks or
 * caches touches the app's window), served from a one-page custom scheme — a
 * data: URL would be too long for Chromium once the fonts are inlined — and
 * printed with `printToPDF`. Script stays on only so we can wait for the fonts.
 */
export async function printToPdf(html: string, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const partition = `print-${randomUUID()}`;
  const printSession = session.fromPartition(partition, { cache: false });
  printSession.protocol.handle(PRINT_SCHEME, () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_POLICY } }));
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith(`${PRINT_SCHEME}:`) && !details.url.startsWith('data:') }));
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      partition,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const print = async (): Promise<Uint8Array> => {
      await window.loadURL(`${PRINT_SCHEME}://note/`);
      // Every face, not only the body's: the margin boxes (banner, page numbers) would otherwise fall back to a system font.
      await window.webContents.executeJavaScript('Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => true)');
      return window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true });
    };
    // Cancel: printToPDF cannot be stopped, so its result is discarded and the window destroyed below.
    const stopped = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`PDF export took longer than ${PRINT_TIMEOUT_MS / 1000} s and was stopped.`)), PRINT_TIMEOUT_MS);
      onAbort = () => reject(new Error('PDF export was cancelled.'));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    return await Promise.race([print(), stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    window.destroy();
    printSession.protocol.unhandle(PRINT_SCHEME);
  }
}
