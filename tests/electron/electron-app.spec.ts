import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findElectronRuntime } from '../../scripts/electron-runtime.mjs';
import { HOST_CALL_NAMES } from '../../core/host/call-names';

const runtime = findElectronRuntime();
const skipReason = 'missing' in runtime ? `No Electron runtime here: ${runtime.missing}. Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run these tests.` : '';
test.skip(!!skipReason, skipReason);

let app: ElectronApplication;
let scratch: string;

test.beforeEach(async () => {
  if (!('path' in runtime)) return;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'briefing-electron-'));
  app = await electron.launch({
    executablePath: runtime.path,
    args: ['.', '--library', path.join(scratch, 'library'), '--data-dir', path.join(scratch, 'data')],
  });
});

test.afterEach(async () => {
  await app?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('the window is sandboxed, isolated and served from app://', async () => {
  const page = await app.firstWindow();
  expect(page.url()).toBe('app://briefing/index.html');
  // The webPreferences themselves are checked in tests/unit/electron/main-window.test.ts.
  const pageGlobals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as unknown as { briefingHost: object }).briefingHost).sort(),
  }));
  expect(pageGlobals).toEqual({ require: 'undefined', process: 'undefined', bridge: [...HOST_CALL_NAMES, 'onMenuCommand'].sort() });
});

test('a note typed in the window is saved into the library folder', async () => {
  const page = await app.firstWindow();
  await page.getByRole('textbox', { name: 'Briefing note' }).click();
  await page.keyboard.type('Electron note');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog', { name: 'Save note as' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(await readdir(path.join(scratch, 'library'))).toEqual(['Electron note.brief']);
});

test('the window cannot navigate away or open new windows', async () => {
  const page = await app.firstWindow();
  await page.evaluate(() => {
    window.open('https://example.com/');
    window.location.href = 'https://example.com/';
  });
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  expect(page.url()).toBe('app://briefing/index.html');
  expect(app.windows()).toHaveLength(1);
});
