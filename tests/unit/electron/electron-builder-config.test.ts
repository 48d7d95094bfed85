import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';

interface BuilderConfig {
  [key: string]: unknown;
  icon: string;
  files: string[];
  linux: { target: string[] };
  win: { target: string };
  mac: { target: string };
  nsis: { perMachine: boolean };
  fileAssociations: unknown[];
  electronFuses: Record<string, boolean>;
}

const config = parse(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];

describe('electron-builder.yml', () => {
  it('is valid for the electron-builder installed (its own schema)', async () => {
    await expect(validateConfiguration(config as unknown as Parameters<typeof validateConfiguration>[0], quietLogger)).resolves.toBeUndefined();
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and a dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
  });

  it('registers .brief files, per machine on Windows (where that is required)', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'brief', role: 'Editor', mimeType: 'application/x-briefing-note' })]);
    expect(config.nsis.perMachine).toBe(true);
  });

  it('sets the fuses: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, asar integrity checked, app only from the asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).not.toBe(false);
  });

  it('uses the 512×512 PNG app icon from assets/', async () => {
    const png = await readFile(config.icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('packs the built app and the fonts, and no source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'assets/fonts/**/*', '!**/*.map']));
  });
});
