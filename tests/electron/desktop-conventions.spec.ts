import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findElectronRuntime } from '../../scripts/electron-runtime.mjs';

// The Electron-only half of the desktop conventions; the logic is unit-tested and the
// browser-mode half is in tests/e2e/desktop-conventions.spec.ts.
const runtime = findElectronRuntime();
const skipReason = 'missing' in runtime ? `No Electron runtime here: ${runtime.missing}. Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run these tests.` : '';
test.skip(!!skipReason, skipReason);

let scratch: string;
const launch = (): Promise<ElectronApplication> =>
  electron.launch({
    executablePath: 'path' in runtime ? runtime.path : '',
    args: ['.', '--library', path.join(scratch, 'library'), '--data-dir', path.join(scratch, 'data')],
  });

test.beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'briefing-electron-desktop-'));
});
test.afterEach(() => rm(scratch, { recursive: true, force: true }));

test('the application menu carries the commands with their accelerators', async () => {
  const app = await launch();
  try {
    await app.firstWindow();
    const items = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).flatMap((menu) => (menu.submenu?.items ?? []).map((item) => ({ id: item.id, accelerator: item.accelerator ?? null }))),
    );
    expect(items).toEqual(expect.arrayContaining([{ id: 'save', accelerator: 'CmdOrCtrl+S' }, { id: 'export', accelerator: 'CmdOrCtrl+Shift+E' }]));
  } finally {
    await app.close();
  }
});

test('the window comes back at its size and zoom, and spell checking is on in the chosen languages', async () => {
  let app = await launch();
  let window = await app.browserWindow(await app.firstWindow());
  await window.evaluate((win) => {
    win.setBounds({ x: 60, y: 50, width: 900, height: 650 });
    win.webContents.setZoomLevel(1);
  });
  await app.close();
  const saved = JSON.parse(await readFile(path.join(scratch, 'data', 'window-state.json'), 'utf8'));
  expect(saved).toMatchObject({ width: 900, height: 650, zoomLevel: 1 });

  app = await launch();
  try {
    window = await app.browserWindow(await app.firstWindow());
    await expect.poll(() => window.evaluate((win) => win.getBounds())).toMatchObject({ width: 900, height: 650 });
    await expect.poll(() => window.evaluate((win) => win.webContents.getZoomLevel())).toBe(1);
    if (process.platform !== 'darwin') expect(await app.evaluate(({ session }) => session.defaultSession.getSpellCheckerLanguages())).toEqual(['en-GB']);
  } finally {
    await app.close();
  }
});
