import { describe, expect, it } from 'vitest';
import { COMMON_CHROMIUM_PATHS, findChromium, requireChromium } from '../../../electron/services/pdf-chromium';
import { exportPdf } from '../../../electron/services/pdf-export';
import { inlineFontUrls } from '../../../electron/services/pdf-fonts';

const nowhere = () => false;

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
    await expect(exportPdf('<p>x</p>', { chromiumPath: '/no/such/chrome', signal: controller.signal })).rejects.toThrow('cancelled by the user');
  });

  it('names the executable it could not start', async () => {
    await expect(exportPdf('<p>x</p>', { chromiumPath: '/no/such/chrome', timeoutMs: 10_000 })).rejects.toThrow(/could not start Chromium at \/no\/such\/chrome/);
  });
});

describe('inlineFontUrls', () => {
  it('names the font folder when a font is missing', async () => {
    await expect(inlineFontUrls('/no/such/fonts')).rejects.toThrow(/could not read the font \/no\/such\/fonts\/Noto.*ENOENT/);
  });
});
