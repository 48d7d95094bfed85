import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_FONTS } from '../../../core/export/print/print-fonts';
import { COMMON_CHROMIUM_PATHS, findChromium, requireChromium } from '../../../electron/services/pdf-chromium';
import { exportPdf } from '../../../electron/services/pdf-export';
import { inlineFontUrls, servedFonts, servedFontUrl } from '../../../electron/services/pdf-fonts';

const nowhere = () => false;
const FONT_DIR = path.resolve(import.meta.dirname, '../../../assets/fonts');

describe('findChromium', () => {
  it('prefers BRIEFING_CHROMIUM', () => {
    expect(findChromium({ BRIEFING_CHROMIUM: ' /opt/chromium/chrome ' }, nowhere)).toBe('/opt/chromium/chrome');
  });

  it('falls back to the first common path that exists', () => {
    const second = COMMON_CHROMIUM_PATHS[1] ?? '';
    expect(findChromium({}, (path) => path === second)).toBe(second);
  });

  it('gives null when there is none', () => {
    expect(findChromium({}, nowhere)).toBeNull();
  });
});

describe('requireChromium', () => {
  it('says what to do when Chromium is missing', () => {
    expect(() => requireChromium({}, nowhere)).toThrow(/none was found.*set BRIEFING_CHROMIUM/s);
  });

  it('names a BRIEFING_CHROMIUM that points nowhere', () => {
    expect(() => requireChromium({ BRIEFING_CHROMIUM: '/no/such/chrome' }, nowhere)).toThrow('“/no/such/chrome” (from BRIEFING_CHROMIUM)');
  });
});

describe('exportPdf without a usable Chromium', () => {
  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(exportPdf(() => '<p>x</p>', { chromiumPath: '/no/such/chrome', fontDir: FONT_DIR, signal: controller.signal })).rejects.toThrow('cancelled by the user');
  });

  it('names the executable it could not start', async () => {
    await expect(exportPdf(() => '<p>x</p>', { chromiumPath: '/no/such/chrome', fontDir: FONT_DIR, timeoutMs: 10_000 })).rejects.toThrow(/could not start Chromium at \/no\/such\/chrome/);
  });
});

describe('the print fonts', () => {
  it('names the font folder when a font is missing, inlined or served', async () => {
    await expect(inlineFontUrls('/no/such/fonts')).rejects.toThrow(/could not read the font \/no\/such\/fonts\/Noto.*ENOENT/);
    await expect(servedFonts('/no/such/fonts')).rejects.toThrow(/could not read the font \/no\/such\/fonts\/Noto.*ENOENT/);
  });

  it('serves each shipped font, and only those, under the print page’s own address', async () => {
    const fonts = await servedFonts(FONT_DIR);
    expect([...fonts.keys()].sort()).toEqual(PRINT_FONTS.map((font) => `https://print.invalid/fonts/${font.file}`).sort());
    expect(fonts.get(servedFontUrl('NotoSerif-Regular.ttf'))).toEqual(readFileSync(path.join(FONT_DIR, 'NotoSerif-Regular.ttf')));
  });
});
