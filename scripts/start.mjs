// `npm start`: builds the app and launches it in Electron; where the Electron runtime
// is missing and cannot be fetched, says so in one line and starts browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { electronInstallScript, findElectronRuntime } from './electron-runtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const DOWNLOAD_TIMEOUT_MS = 30_000;

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let runtime = findElectronRuntime();
if ('missing' in runtime) {
  // First start on a machine with internet: fetch the runtime once (Electron caches it).
  spawnSync(process.execPath, [electronInstallScript()], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
  runtime = findElectronRuntime();
}

if ('path' in runtime) {
  run(runtime.path, [root, ...args]);
} else {
  const { devDependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  console.log(
    `Electron ${devDependencies.electron} is not available: ${runtime.missing}. Starting browser mode instead. ` +
      `To install Electron offline, unpack its release zip and set ELECTRON_OVERRIDE_DIST_PATH to that folder, ` +
      `or copy the zip into the Electron cache folder (ELECTRON_CACHE, default ~/.cache/electron) and run npm start again.`,
  );
  run(process.execPath, [path.join(root, 'out/browser-mode/index.cjs'), ...args]);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
