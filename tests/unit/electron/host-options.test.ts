import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultLibraryDir, readHostOptions, UsageError, type HostEnvironment } from '../../../electron/services/host-options';

const home = '/home/ada';

function optionsFor(argv: string[], env: HostEnvironment['env'] = {}, platform: NodeJS.Platform = 'linux') {
  return readHostOptions({ argv, env, homeDir: home, platform });
}

describe('readHostOptions: where notes and app data live', () => {
  it('prefers --library and --data-dir over the environment', () => {
    const options = optionsFor(['--library', '/flag/notes', '--data-dir=/flag/data'], {
      BRIEFING_LIBRARY: '/env/notes',
      BRIEFING_DATA_DIR: '/env/data',
    });

    expect(options.libraryDir).toBe('/flag/notes');
    expect(options.dataDir).toBe('/flag/data');
  });

  it('prefers BRIEFING_LIBRARY and BRIEFING_DATA_DIR over the defaults', () => {
    const options = optionsFor([], { BRIEFING_LIBRARY: '/env/notes', BRIEFING_DATA_DIR: '/env/data', XDG_CONFIG_HOME: '/xdg' });

    expect(options.libraryDir).toBe('/env/notes');
    expect(options.dataDir).toBe('/env/data');
  });

  it('ignores empty environment variables', () => {
    const options = optionsFor([], { BRIEFING_LIBRARY: '', BRIEFING_DATA_DIR: '' });

    expect(options.libraryDir).toBe(path.join(home, 'Documents', 'Briefing Notes'));
    expect(options.dataDir).toBe(path.join(home, '.config', 'briefing-desk'));
  });

  it('resolves a relative folder against the working directory', () => {
    expect(optionsFor(['--library', 'notes']).libraryDir).toBe(path.resolve('notes'));
  });

  it('refuses --library without a folder', () => {
    expect(() => optionsFor(['--library'])).toThrow(UsageError);
  });

  it('keeps notes in Documents/Briefing Notes by default', () => {
    expect(optionsFor([]).libraryDir).toBe(path.join(home, 'Documents', 'Briefing Notes'));
    expect(defaultLibraryDir(home)).toBe(path.join(home, 'Documents', 'Briefing Notes'));
  });

  it('keeps app data under XDG_CONFIG_HOME on Linux, or ~/.config', () => {
    expect(optionsFor([], { XDG_CONFIG_HOME: '/xdg' }, 'linux').dataDir).toBe('/xdg/briefing-desk');
    expect(optionsFor([], {}, 'linux').dataDir).toBe(path.join(home, '.config', 'briefing-desk'));
  });

  it('keeps app data in Application Support on macOS', () => {
    expect(optionsFor([], { XDG_CONFIG_HOME: '/xdg' }, 'darwin').dataDir).toBe(
      path.join(home, 'Library', 'Application Support', 'Briefing Desk'),
    );
  });

  it('keeps app data in %APPDATA% on Windows', () => {
    const appData = 'C:\\Users\\ada\\AppData\\Roaming';
    // Checked on defaultDataDir: readHostOptions resolves with this machine's path rules, not Windows'.
    expect(defaultDataDir('C:\\Users\\ada', 'win32', { APPDATA: appData })).toBe(path.join(appData, 'Briefing Desk'));
    expect(defaultDataDir(home, 'win32', {})).toBe(path.join(home, 'AppData', 'Roaming', 'Briefing Desk'));
  });
});

describe('readHostOptions: browser mode', () => {
  it('picks any free port unless told', () => {
    expect(optionsFor([]).port).toBe(0);
  });

  it.each([
    [['--port', '8080'], 8080],
    [['--port=0'], 0],
    [['--port', '65535'], 65535],
  ])('reads %j as port %i', (argv, port) => {
    expect(optionsFor(argv).port).toBe(port);
  });

  it.each(['abc', '80.5', '65536', '-1', '8080x', '0x50', '1e3', ' '])('refuses --port=%s with a usage error that quotes it', (value) => {
    expect(() => optionsFor([`--port=${value}`])).toThrow(UsageError);
    expect(() => optionsFor([`--port=${value}`])).toThrow(value);
  });

  it('refuses --port without a number with a message about --port', () => {
    expect(() => optionsFor(['--port'])).toThrow(/--port/);
  });

  it('opens a browser unless --no-open is given', () => {
    expect(optionsFor([]).openBrowser).toBe(true);
    expect(optionsFor(['--no-open']).openBrowser).toBe(false);
    expect(optionsFor(['--library', '/notes', '--no-open']).openBrowser).toBe(false);
  });

  it('tolerates arguments it does not know (Electron and Chromium add their own)', () => {
    const options = optionsFor(['--inspect=9229', 'some-positional', '--library', '/notes']);

    expect(options.libraryDir).toBe('/notes');
  });
});
