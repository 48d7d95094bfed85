// Proof that a crash loses nothing: a child saving a note in a loop is killed
// with SIGKILL at random moments; after every kill the note file holds one
// whole version and the recovery journal holds the newest one.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { RecoveryJournal } from '../../../electron/services/recovery-journal';
import { seededRandom } from '../../fixtures/torture/seeded-random';
import { isWholeVersion } from '../../fixtures/torture/versioned-note';
import { freshTempFolder } from './temp-folder';

const ROUNDS = 200;
const MAX_KILL_DELAY_MS = 30;
const KEY = 'torture-tab';
const SEED = Number(process.env.TORTURE_SEED ?? Math.floor(Math.random() * 2 ** 32));

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let bundleFolder: string;
let saveLoop: string;

beforeAll(async () => {
  bundleFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'briefing-desk-torture-'));
  saveLoop = path.join(bundleFolder, 'save-loop.cjs');
  await build({
    entryPoints: [path.join(projectRoot, 'tests/fixtures/torture/save-loop.ts')],
    outfile: saveLoop,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
});

afterAll(async () => {
  await fs.rm(bundleFolder, { recursive: true, force: true });
});

interface Announced {
  journaled: number[];
  saved: number[];
}

/**
 * Starts the save loop at `firstVersion`, waits until it has journaled at least
 * once, kills it `killDelayMs` later and returns every version it announced.
 */
async function saveUntilKilled(noteFile: string, journalFolder: string, firstVersion: number, killDelayMs: number): Promise<Announced> {
  const child = spawn(process.execPath, [saveLoop, noteFile, journalFolder, KEY, String(firstVersion)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The bundle lives in a temp folder; its external packages (zod) come from the project.
    env: { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') },
  });
  const closed = once(child, 'close');
  const announced: Announced = { journaled: [], saved: [] };
  let stderr = '';
  let pending = '';
  let onFirstJournal: () => void = () => {};
  const firstJournal = new Promise<void>((resolve) => (onFirstJournal = resolve));

  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const [what, version] = line.split(' ');
      if (what === 'journaled') announced.journaled.push(Number(version));
      if (what === 'saved') announced.saved.push(Number(version));
    }
    if (announced.journaled.length > 0) onFirstJournal();
  });

  const exitedEarly = closed.then(([code, signal]) => {
    throw new Error(`The save loop stopped by itself (code ${code}, signal ${signal}) before journaling:\n${stderr}`);
  });
  await Promise.race([firstJournal, exitedEarly]);
  exitedEarly.catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, killDelayMs));
  child.kill('SIGKILL');
  const [, signal] = await closed;
  expect(signal, `the save loop should have been killed, not have stopped by itself:\n${stderr}`).toBe('SIGKILL');
  return announced;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

/** Names in `folder` other than `expected` and writeFileAtomic's `.<name>.<hex>.tmp` files. */
async function unexpectedFiles(folder: string, expected: string): Promise<string[]> {
  const tempName = new RegExp(`^\\.${expected.replaceAll('.', '\\.')}\\.[0-9a-f]+\\.tmp$`);
  return (await fs.readdir(folder)).filter((name) => name !== expected && !tempName.test(name));
}

describe('saving under SIGKILL', () => {
  it(`keeps a whole note and the newest journal entry through ${ROUNDS} kills`, { timeout: 120_000 }, async () => {
    // Also printed when the test times out, where no assertion message would say it.
    onTestFailed(() => console.error(`torture test failed with seed ${SEED}: rerun with TORTURE_SEED=${SEED}`));
    const root = await freshTempFolder();
    const noteFile = path.join(root, 'notes', 'torture.brief');
    const journalFolder = path.join(root, 'recovery');
    await fs.mkdir(path.dirname(noteFile));
    const journal = new RecoveryJournal(journalFolder);
    const killDelay = seededRandom(SEED);

    let newestJournaled = -1;
    let newestSaved = -1;
    let roundsWithASave = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const context = `seed ${SEED} (rerun with TORTURE_SEED=${SEED}), round ${round}`;
      const announced = await saveUntilKilled(noteFile, journalFolder, newestJournaled + 1, Math.floor(killDelay() * (MAX_KILL_DELAY_MS + 1)));
      newestJournaled = Math.max(newestJournaled, ...announced.journaled);
      newestSaved = Math.max(newestSaved, ...announced.saved);
      if (announced.saved.length > 0) roundsWithASave++;

      const noteExists = await fs.access(noteFile).then(
        () => true,
        () => false,
      );
      if (newestSaved >= 0 || noteExists) {
        const note = await readJson(noteFile).catch((error: unknown) => expect.fail(`${context}: the note file does not parse: ${String(error)}`));
        expect(isWholeVersion(note), `${context}: the note file is not a whole version`).toBe(true);
        const version = (note as { version: number }).version;
        // A version is saved only after it is journaled, and nothing older than a save it announced may come back.
        expect(version, `${context}: the note file holds a version never journaled`).toBeLessThanOrEqual(newestJournaled);
        expect(version, `${context}: the note file went back past an announced save`).toBeGreaterThanOrEqual(newestSaved);
      }

      const entry = await journal.read(KEY).catch((error: unknown) => expect.fail(`${context}: the journal entry cannot be read: ${String(error)}`));
      expect(isWholeVersion(entry.note), `${context}: the journaled note is not a whole version`).toBe(true);
      const journaledVersion = (entry.note as { version: number }).version;
      expect(journaledVersion, `${context}: the journal lost the newest journaled version`).toBeGreaterThanOrEqual(newestJournaled);
      expect(journaledVersion, `${context}: the journal holds a version the child never reached`).toBeLessThanOrEqual(newestJournaled + 1);
      expect((await journal.list()).map((summary) => summary.key), context).toEqual([KEY]);

      expect(await unexpectedFiles(path.dirname(noteFile), 'torture.brief'), context).toEqual([]);
      expect(await unexpectedFiles(journalFolder, `${KEY}.json`), context).toEqual([]);
    }

    // Kills that all landed before the first save would prove nothing about the note file.
    expect(roundsWithASave, `seed ${SEED}: too few rounds got as far as saving`).toBeGreaterThan(ROUNDS / 4);
  });
});
