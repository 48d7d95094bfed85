import { promises as fs } from 'node:fs';
import type * as NodeFs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-write';
import { LibraryWatcher } from '../../../electron/services/library-watcher';
import { freshTempFolder } from './temp-folder';

const CHANGE_TIMEOUT_MS = 5000;

interface WatchedLibrary {
  watcher: LibraryWatcher;
  calls: string[][];
  /** The next reported list of names for which `matches` holds; fails the test after 5 s. */
  nextChange(matches?: (names: string[]) => boolean): Promise<string[]>;
}

function watchLibrary(folder: string, Watcher: typeof LibraryWatcher = LibraryWatcher): WatchedLibrary {
  const calls: string[][] = [];
  const waiters = new Set<(names: string[]) => void>();
  const watcher = new Watcher({
    folder,
    onChange: (names) => {
      calls.push(names);
      for (const waiter of [...waiters]) waiter(names);
    },
  });
  watcher.start();
  onTestFinished(() => watcher.stop());

  function nextChange(matches: (names: string[]) => boolean = () => true): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`No matching change was reported within ${CHANGE_TIMEOUT_MS} ms; calls so far: ${JSON.stringify(calls)}`));
      }, CHANGE_TIMEOUT_MS);
      const waiter = (names: string[]): void => {
        if (!matches(names)) return;
        clearTimeout(timeout);
        waiters.delete(waiter);
        resolve(names);
      };
      waiters.add(waiter);
    });
  }

  return { watcher, calls, nextChange };
}

async function libraryFolder(): Promise<{ root: string; folder: string }> {
  const root = await freshTempFolder();
  const folder = path.join(root, 'Briefing Notes');
  await fs.mkdir(folder);
  return { root, folder };
}

const isRescan = (names: string[]): boolean => names.length === 0;

describe('LibraryWatcher', () => {
  it('reports a note added by another program', async () => {
    const { folder } = await libraryFolder();
    const library = watchLibrary(folder);

    const change = library.nextChange();
    await fs.writeFile(path.join(folder, 'x.brief'), '{}');

    expect(await change).toEqual(['x.brief']);
  });

  it('reports a burst of writes to two notes once, naming both', async () => {
    const { folder } = await libraryFolder();
    const library = watchLibrary(folder);

    const change = library.nextChange();
    for (let i = 0; i < 5; i++) {
      await fs.writeFile(path.join(folder, 'b.brief'), `{"v":${i}}`);
      await fs.writeFile(path.join(folder, 'a.brief'), `{"v":${i}}`);
    }

    expect(await change).toEqual(['a.brief', 'b.brief']);
    expect(library.calls).toEqual([['a.brief', 'b.brief']]);
  });

  it('reports a removed note', async () => {
    const { folder } = await libraryFolder();
    await fs.writeFile(path.join(folder, 'old.brief'), '{}');
    const library = watchLibrary(folder);

    const change = library.nextChange();
    await fs.unlink(path.join(folder, 'old.brief'));

    expect(await change).toEqual(['old.brief']);
  });

  it('names only notes: not save temp files, other files or the trash', async () => {
    const { folder } = await libraryFolder();
    const library = watchLibrary(folder);

    const change = library.nextChange();
    await fs.writeFile(path.join(folder, '.x.brief.abc123.tmp'), '{}');
    await fs.writeFile(path.join(folder, 'readme.txt'), 'hello');
    await fs.mkdir(path.join(folder, '.trash'));
    await fs.writeFile(path.join(folder, '.trash', 'gone.brief'), '{}');
    await writeFileAtomic(path.join(folder, 'saved.brief'), '{}');

    expect(await change).toEqual(['saved.brief']);
  });

  it('survives the folder being deleted, and reports again once it is back', async () => {
    const { folder } = await libraryFolder();
    await fs.writeFile(path.join(folder, 'x.brief'), '{}');
    const library = watchLibrary(folder);

    const gone = library.nextChange(isRescan);
    await fs.rm(folder, { recursive: true });
    await gone;

    const back = library.nextChange(isRescan);
    await fs.mkdir(folder);
    await back;

    const added = library.nextChange();
    await fs.writeFile(path.join(folder, 'y.brief'), '{}');
    expect(await added).toEqual(['y.brief']);
  });

  it('watches a folder that does not exist yet once it is created', async () => {
    const root = await freshTempFolder();
    const folder = path.join(root, 'Briefing Notes');
    const library = watchLibrary(folder);

    const created = library.nextChange();
    await fs.mkdir(folder);
    expect(await created).toEqual([]);

    const added = library.nextChange();
    await fs.writeFile(path.join(folder, 'first.brief'), '{}');
    expect(await added).toEqual(['first.brief']);
  });

  it('follows the path, not a folder moved away from it', async () => {
    const { root, folder } = await libraryFolder();
    const library = watchLibrary(folder);

    const replaced = library.nextChange(isRescan);
    await fs.rename(folder, path.join(root, 'Moved away'));
    await fs.mkdir(folder);
    await replaced;

    const added = library.nextChange();
    await fs.writeFile(path.join(root, 'Moved away', 'elsewhere.brief'), '{}');
    await fs.writeFile(path.join(folder, 'here.brief'), '{}');
    expect(await added).toEqual(['here.brief']);
  });

  it('asks for a rescan when the system does not say which file changed', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const real = await importOriginal<typeof NodeFs>();
      const watchWithoutNames = (folder: string, options: NodeFs.WatchOptions, listener: NodeFs.WatchListener<string>) =>
        real.watch(folder, options, (event) => listener(event, null));
      return { ...real, watch: watchWithoutNames };
    });
    onTestFinished(() => {
      vi.doUnmock('node:fs');
      vi.resetModules();
    });
    const { LibraryWatcher: WatcherWithoutNames } = await import('../../../electron/services/library-watcher');
    const { folder } = await libraryFolder();
    const library = watchLibrary(folder, WatcherWithoutNames);

    const change = library.nextChange();
    await fs.writeFile(path.join(folder, 'x.brief'), '{}');

    expect(await change).toEqual([]);
  });

  it('reports nothing after stop()', async () => {
    const { folder } = await libraryFolder();
    const stopped = watchLibrary(folder);
    const stillRunning = watchLibrary(folder);

    await fs.writeFile(path.join(folder, 'before-stop.brief'), '{}');
    stopped.watcher.stop();
    const later = stillRunning.nextChange((names) => names.includes('after-stop.brief'));
    await fs.writeFile(path.join(folder, 'after-stop.brief'), '{}');
    await later;

    expect(stopped.calls).toEqual([]);
  });
});
