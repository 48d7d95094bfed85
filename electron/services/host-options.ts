import { parseArgs } from 'node:util';
import path from 'node:path';

/** Where a host keeps things, and how browser mode listens. */
export interface HostOptions {
  libraryDir: string;
  dataDir: string;
  port: number;
  openBrowser: boolean;
}

export interface HostEnvironment {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  platform: NodeJS.Platform;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Reads `--library`, `--data-dir`, `--port` and `--no-open` (or BRIEFING_LIBRARY,
 * BRIEFING_DATA_DIR), falling back to the platform's usual folders.
 */
export function readHostOptions({ argv, env, homeDir, platform }: HostEnvironment): HostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      library: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: true },
      'no-open': { type: 'boolean', default: false },
    },
    strict: false,
    allowPositionals: true,
  });
  const library = stringOption('--library', values.library) ?? env.BRIEFING_LIBRARY;
  const dataDir = stringOption('--data-dir', values['data-dir']) ?? env.BRIEFING_DATA_DIR;
  return {
    libraryDir: path.resolve(library || defaultLibraryDir(homeDir)),
    dataDir: path.resolve(dataDir || defaultDataDir(homeDir, platform, env)),
    port: parsePort(stringOption('--port', values.port)),
    openBrowser: values['no-open'] !== true && values.open !== false,
  };
}

/** The user's Documents folder / Briefing Notes. */
export function defaultLibraryDir(homeDir: string): string {
  return path.join(homeDir, 'Documents', 'Briefing Notes');
}

/** The platform's per-user application data folder for Briefing Desk. */
export function defaultDataDir(homeDir: string, platform: NodeJS.Platform, env: HostEnvironment['env']): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(homeDir, 'AppData', 'Roaming'), 'Briefing Desk');
  if (platform === 'darwin') return path.join(homeDir, 'Library', 'Application Support', 'Briefing Desk');
  return path.join(env.XDG_CONFIG_HOME || path.join(homeDir, '.config'), 'briefing-desk');
}

function stringOption(flag: string, value: string | boolean | undefined): string | undefined {
  if (value === true) throw new UsageError(`${flag} needs a value, e.g. ${flag} ${flag === '--port' ? '8080' : '~/Briefings'}`);
  return value || undefined;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port takes a number from 0 to 65535 (0 picks a free port), not “${value}”.`);
  }
  return port;
}
