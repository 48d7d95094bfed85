import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PRINT_FONTS } from '../../core/export/print/print-fonts';
import type { PrintHtmlOptions } from '../../core/export/print/note-to-print-html';

/** Where the print HTML loads a font file (a file name in assets/fonts) from. */
export type FontUrl = PrintHtmlOptions['fontUrl'];

/** The print HTML, given where its page finds the fonts: each PDF printer says where it serves them. */
export type PrintPage = (fontUrl: FontUrl) => string;

/**
 * The address a browser we drive loads the print page from. Never fetched:
 * `printWithBrowser` answers it, and the fonts under it, from memory, and
 * aborts every other request (`.invalid` names nothing on any network).
 */
export const PRINT_PAGE_URL = 'https://print.invalid/';

/**
 * A `fontUrl` naming each font under the print page's address, where
 * `printWithBrowser` serves it. Why not inlined as data: URLs there: Chromium
 * took 1.2–1.6 s to load a print page carrying the 4.5 MB of fonts as base64
 * (on the benchmark's two-core machine), against about 0.25 s for the same
 * page with the fonts served (docs/performance.md).
 */
export const servedFontUrl: FontUrl = (file) => `${PRINT_PAGE_URL}fonts/${encodeURIComponent(file)}`;

/** The shipped fonts' bytes by the address `servedFontUrl` gives each. */
export async function servedFonts(fontDir: string): Promise<ReadonlyMap<string, Buffer>> {
  const fonts = await readPrintFonts(fontDir);
  return new Map([...fonts].map(([file, bytes]) => [servedFontUrl(file), bytes]));
}

/**
 * A `fontUrl` that inlines each font as a data: URL, for print HTML that
 * must stand alone: the HTML export, and Electron's printer.
 *
 * Why data: URLs there: an exported HTML file is opened anywhere, and
 * Electron's print window is served from a one-page custom scheme; the app
 * never serves `file://`. About 4.5 MB of base64 for the eight faces; only
 * the glyphs used are embedded in a PDF.
 */
export async function inlineFontUrls(fontDir: string): Promise<FontUrl> {
  const fonts = await readPrintFonts(fontDir);
  const urls = new Map([...fonts].map(([file, bytes]) => [file, `data:font/ttf;base64,${bytes.toString('base64')}`]));
  return (file) => {
    const url = urls.get(file);
    if (url === undefined) throw new Error(`The print stylesheet asked for a font that is not shipped: ${file}`);
    return url;
  };
}

/** Each font the print stylesheet declares, by file name, read from the fonts folder. */
async function readPrintFonts(fontDir: string): Promise<Map<string, Buffer>> {
  const fonts = new Map<string, Buffer>();
  await Promise.all(
    PRINT_FONTS.map(async (font) => {
      const file = path.join(fontDir, font.file);
      try {
        fonts.set(font.file, await readFile(file));
      } catch (error) {
        throw new Error(`PDF export could not read the font ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Reinstall Briefing Desk; its fonts folder is incomplete.`, { cause: error });
      }
    }),
  );
  return fonts;
}
