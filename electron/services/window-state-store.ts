import { mkdirSync, promises as fs, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WindowState } from '../../core/desktop/window-state';
import { writeFileAtomic } from './atomic-write';

/** The window's size, position, maximised state and zoom in `<data folder>/window-state.json`. */
export class WindowStateStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'window-state.json');
  }

  /** The saved state as found, unchecked (`placeWindow` checks it); null if there is none or it is not JSON. */
  async read(): Promise<unknown> {
    try {
      return JSON.parse(await fs.readFile(this.file, 'utf8')) as unknown;
    } catch {
      // A missing or damaged file only costs the window its last place.
      return null;
    }
  }

  async write(state: WindowState): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(state)}\n`);
  }

  /**
   * For the window's `close` event: the app may quit straight after it, before
   * an asynchronous write would finish. A few bytes, renamed into place.
   */
  writeNow(state: WindowState): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state)}\n`);
    renameSync(temporary, this.file);
  }
}
