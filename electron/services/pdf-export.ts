import { chromium, type Browser } from 'playwright-core';
import { PRINT_SANS } from '../../core/export/print/print-fonts';
import { PRINT_PAGE_URL, servedFontUrl, servedFonts, type PrintPage } from './pdf-fonts';

export interface PdfExportOptions {
  /** The Chromium executable (see `requireChromium`). */
  chromiumPath: string;
  /** The folder holding the fonts the print page declares (assets/fonts). */
  fontDir: string;
  /** Give up after this long; 60 s by default. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Resolves once the faces the print needs are loaded. Laying the page out requests those
 * its text uses. The margin boxes (banner, page numbers) are not in the document: their
 * faces, the sans upright in regular and bold (print-css.ts), are loaded by name, or
 * Chromium would fall back to a system font there. Loading every declared face instead
 * took each print 0.1–0.2 s longer in a probe (docs/performance.md). A string, because
 * the page's `document` is not in this Node program's types.
 */
const FONTS_READY = `document.body.offsetHeight;
Promise.all([...document.fonts].filter((face) => face.family.replace(/^"|"$/g, '') === ${JSON.stringify(PRINT_SANS)} && face.style === 'normal').map((face) => face.load()))
  .then(() => document.fonts.ready).then(() => undefined)`;

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Prints a note's print page (from `noteToPrintHtml`) to PDF with headless
 * Chromium: page size and margins from its `@page` rule, banners and page
 * numbers from the margin boxes, a tagged PDF with an outline from the
 * headings. Waits for the fonts to be ready, never a fixed delay. The browser
 * is always closed, also on timeout, abort or error.
 */
export async function exportPdf(page: PrintPage, options: PdfExportOptions): Promise<Uint8Array> {
  const { chromiumPath, fontDir, timeoutMs = DEFAULT_TIMEOUT_MS, signal } = options;
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
    return printWithBrowser(browser, page, { fontDir, timeoutMs });
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

export interface PrintOptions {
  /** The folder holding the fonts the print page declares (assets/fonts). */
  fontDir: string;
  /** Give up after this long; 60 s by default. */
  timeoutMs?: number;
  /** Aborting closes the print's context, which ends the print with an error: no PDF comes back. */
  signal?: AbortSignal;
}

/**
 * Prints one page in an open browser, in a context of its own: the CLI prints
 * many notes with one browser this way. The page and its fonts are answered
 * from memory at `PRINT_PAGE_URL` (see `servedFontUrl` for why not inlined).
 */
export async function printWithBrowser(browser: Browser, printPage: PrintPage, { fontDir, timeoutMs = DEFAULT_TIMEOUT_MS, signal }: PrintOptions): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const html = printPage(servedFontUrl);
  const fonts = await servedFonts(fontDir);
  // The note's text is untrusted: no scripts run in the print page, and nothing but its
  // own fonts reaches it. Every other request is aborted, so nothing leaves the machine.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const close = (): void => void context.close().catch(() => undefined);
  signal?.addEventListener('abort', close, { once: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PRINT_PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      const font = fonts.get(url);
      if (font) return route.fulfill({ status: 200, contentType: 'font/ttf', body: font });
      return url.startsWith('data:') ? route.continue() : route.abort();
    });
    await page.goto(PRINT_PAGE_URL, { waitUntil: 'load', timeout: timeoutMs });
    await page.evaluate(FONTS_READY);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    signal?.throwIfAborted();
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    signal?.removeEventListener('abort', close);
    await context.close().catch(() => undefined);
  }
}
