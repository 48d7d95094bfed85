import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface BrowserModeApp {
  /** The address browser mode printed, token and all. */
  url: string;
  origin: string;
  token: string;
  libraryDir: string;
  dataDir: string;
  /** Ends the host with `signal` (SIGKILL: a crash) and starts a new one on the same folders. */
  restart(signal: NodeJS.Signals): Promise<void>;
}

const HOST_ENTRY = path.resolve('out/browser-mode/index.cjs');
const READY_LINE = /Briefing Desk is running at (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/;

/**
 * Starts browser mode on a free port with a fresh library and data folder; stops it after the test.
 * `test.use({ hostEnv: { … } })` adds variables to the host's environment (test hooks).
 */
export const test = base.extend<{ app: BrowserModeApp; hostEnv: Record<string, string> }>({
  hostEnv: [{}, { option: true }],
  app: async ({ hostEnv }, use) => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'briefing-e2e-'));
    const libraryDir = path.join(scratch, 'library');
    const dataDir = path.join(scratch, 'data');
    const startHost = (library: string, data: string): ChildProcess => startHostWith(library, data, hostEnv);
    let child = startHost(libraryDir, dataDir);
    try {
      const app: BrowserModeApp = { ...(await ready(child)), libraryDir, dataDir, restart: async () => {} };
      app.restart = async (signal) => {
        await stop(child, signal);
        child = startHost(libraryDir, dataDir);
        Object.assign(app, await ready(child));
      };
      await use(app);
    } finally {
      await stop(child, 'SIGTERM');
      await rm(scratch, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

function startHostWith(libraryDir: string, dataDir: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [HOST_ENTRY, '--port', '0', '--no-open', '--library', libraryDir, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

async function ready(child: ChildProcess): Promise<{ url: string; origin: string; token: string }> {
  const [, origin, token] = await new Promise<RegExpExecArray>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${output}`)));
  });
  return { url: `${origin}/#token=${token}`, origin: origin!, token: token! };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
