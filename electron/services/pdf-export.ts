import { chromium, type Browser } from 'playwright-core';

export interface PdfExportOptions {
  /** The Chromium executable (see `requireChromium`). */
  chromiumPath: string;
  /** Give up after this long; 60 s by default. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Prints a self-contained HTML document (from `noteToPrintHtml`) to PDF with
 * headless Chromium: page size and margins from its `@page` rule, banners and
 * page numbers from the margin boxes, a tagged PDF with an outline from the
 * headings. Waits for the fonts to be ready, never a fixed delay. The browser
 * is always closed, also on timeout, abort or error.
 */
export async function exportPdf(html: string, options: PdfExportOptions): Promise<Uint8Array> {
  const { chromiumPath, timeoutMs = DEFAULT_TIMEOUT_MS, signal } = options;
  signal?.throwIfAborted();
  let launching: Promise<Browser> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF export took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. Try again; if it keeps happening, shorten the note or check Chromium at ${chromiumPath}.`)), timeoutMs);
    onAbort = () => reject(signal?.reason instanceof Error ? signal.reason : new Error('PDF export was cancelled.'));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const print = async (): Promise<Uint8Array> => {
    let browser: Browser;
    try {
      launching = chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, timeout: timeoutMs });
      browser = await launching;
    } catch (error) {
      throw new Error(`PDF export could not start Chromium at ${chromiumPath}: ${(error as Error).message.split('\n')[0]}. Check the path, or set BRIEFING_CHROMIUM.`, { cause: error });
    }
    return printWithBrowser(browser, html, timeoutMs);
  };
  try {
    return await Promise.race([print(), stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    // Also when the timeout or abort won the race while Chromium was still starting.
    const browser = await launching?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }
}

/**
 * Prints one page in an open browser, in a context of its own: the CLI prints
 * many notes with one browser this way. Aborting `signal` closes the context,
 * which ends the print with an error: no PDF comes back.
 */
export async function printWithBrowser(browser: Browser, html: string, timeoutMs = DEFAULT_TIMEOUT_MS, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  // The note's text is untrusted: no scripts run in the print page, and nothing is fetched.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const close = (): void => void context.close().catch(() => undefined);
  signal?.addEventListener('abort', close, { once: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    // Load every declared face, not only those the body uses: the margin boxes
    // (banner, page numbers) are not in the document, so their fonts would
    // otherwise never be requested and Chromium would fall back to a system font.
    // A string, because the page's `document` is not in this Node program's types.
    await page.evaluate('Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => undefined)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    signal?.throwIfAborted();
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    signal?.removeEventListener('abort', close);
    await context.close().catch(() => undefined);
  }
}
