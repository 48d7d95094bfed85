// Where the Electron runtime is, without triggering the `electron` package's own
// download-on-require (which would hang or throw on an offline machine).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} the binary's path, or why there is none */
export function findElectronRuntime(env = process.env) {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(binary) ? { path: binary } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${binary}` };
  }
  if (relative && existsSync(path.join(packageDir, 'dist', relative))) return { path: path.join(packageDir, 'dist', relative) };
  return { missing: 'its runtime is not installed here and could not be downloaded' };
}

/** The electron package's installer, which downloads the runtime (or takes it from the cache). */
export function electronInstallScript() {
  return path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
}
