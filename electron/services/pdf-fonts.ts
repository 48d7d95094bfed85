import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PRINT_FONTS } from '../../core/export/print/print-fonts';

/**
 * A `fontUrl` for `noteToPrintHtml` that inlines each font as a data: URL.
 *
 * Why data: URLs: the print page is loaded with `setContent` (about:blank
 * origin), the app never serves `file://`, and a local HTTP server just for
 * printing would be one more thing to secure. Inlined fonts make the page
 * self-contained: nothing is fetched, so `document.fonts.ready` settles as
 * soon as the faces are decoded. About 4.5 MB of base64 for the eight faces,
 * which Chromium handles without trouble; only the glyphs used are embedded
 * in the PDF.
 */
export async function inlineFontUrls(fontDir: string): Promise<(file: string) => string> {
  const urls = new Map<string, string>();
  await Promise.all(
    PRINT_FONTS.map(async (font) => {
      const file = path.join(fontDir, font.file);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new Error(`PDF export could not read the font ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Reinstall Briefing Desk; its fonts folder is incomplete.`, { cause: error });
      }
      urls.set(font.file, `data:font/ttf;base64,${bytes.toString('base64')}`);
    }),
  );
  return (file) => {
    const url = urls.get(file);
    if (url === undefined) throw new Error(`The print stylesheet asked for a font that is not shipped: ${file}`);
    return url;
  };
}
