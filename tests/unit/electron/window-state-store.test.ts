import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeWindow } from '../../../core/desktop/window-state';
import { WindowStateStore } from '../../../electron/services/window-state-store';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'window-state-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('WindowStateStore', () => {
  it('keeps the window state in the data folder for the next run', async () => {
    const state = { x: 10, y: 20, width: 900, height: 700, maximised: true, zoomLevel: 1 };
    await new WindowStateStore(dataDir).write(state);

    expect(JSON.parse(await readFile(path.join(dataDir, 'window-state.json'), 'utf8'))).toEqual(state);
    expect(await new WindowStateStore(dataDir).read()).toEqual(state);
  });

  it('can write at once, for a window closing as the app quits', async () => {
    const state = { x: 0, y: 0, width: 800, height: 600, maximised: false, zoomLevel: -1 };
    new WindowStateStore(path.join(dataDir, 'new-folder')).writeNow(state);

    expect(await new WindowStateStore(path.join(dataDir, 'new-folder')).read()).toEqual(state);
  });

  it('reads nothing, without failing, from a missing or damaged file', async () => {
    expect(await new WindowStateStore(dataDir).read()).toBeNull();
    await writeFile(path.join(dataDir, 'window-state.json'), '{"x": 1,');
    const damaged = await new WindowStateStore(dataDir).read();
    expect(damaged).toBeNull();
    expect(placeWindow(damaged, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toMatchObject({ width: 1200, height: 860 });
  });
});
