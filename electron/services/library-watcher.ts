import { promises as fs, statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { NoteId } from '../../core/host/note-name';

const FOLDER_CHECK_MS = 1000;
/** However busy the folder, the list is brought up to date at least this often. */
const LONGEST_WAIT_MS = 1000;

export interface LibraryWatcherOptions {
  /** The library folder. It may be missing at first, or be deleted, moved or replaced later. */
  folder: string;
  /**
   * Called once per burst of changes with the sorted file names of the notes
   * that were added, removed or changed. `[]` means "something changed: rescan
   * the whole library".
   */
  onChange: (changedFileNames: string[]) => void;
  /** @default 150 */
  debounceMs?: number;
}

/**
 * Tells the app when other programs (sync clients, a second editor, a file
 * manager) add, remove or change notes in the library folder. The app's own
 * saves are reported too; the renderer recognises them by their etag.
 */
export class LibraryWatcher {
  private readonly folder: string;
  private readonly onChange: (changedFileNames: string[]) => void;
  private readonly debounceMs: number;
  private watcher: FSWatcher | undefined;
  private watchedFolderIdentity: string | undefined;
  private readonly changedNames = new Set<string>();
  private rescanNeeded = false;
  private burstStartedAt = 0;
  private reportTimer: NodeJS.Timeout | undefined;
  private folderCheckTimer: NodeJS.Timeout | undefined;
  private checkingFolder = false;

  constructor(options: LibraryWatcherOptions) {
    this.folder = options.folder;
    this.onChange = options.onChange;
    this.debounceMs = options.debounceMs ?? 150;
  }

  start(): void {
    if (this.folderCheckTimer) return;
    // fs.watch keeps watching a folder that was moved away and goes silent when
    // it is deleted, so every second we check the path still names the folder we watch.
    this.folderCheckTimer = setInterval(() => void this.checkFolder(), FOLDER_CHECK_MS);
    this.folderCheckTimer.unref();
    this.watchFolder();
  }

  stop(): void {
    clearInterval(this.folderCheckTimer);
    this.folderCheckTimer = undefined;
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    this.unwatchFolder();
    this.changedNames.clear();
    this.rescanNeeded = false;
  }

  private watchFolder(): boolean {
    try {
      const stats = statSync(this.folder);
      if (!stats.isDirectory()) return false;
      const watcher = watch(this.folder, { persistent: false }, (_event, fileName) => this.noticed(fileName));
      watcher.on('error', () => {
        if (this.watcher === watcher) this.unwatchFolder();
      });
      this.watcher = watcher;
      this.watchedFolderIdentity = identityOf(stats);
      return true;
    } catch {
      return false;
    }
  }

  private unwatchFolder(): void {
    this.watcher?.close();
    this.watcher = undefined;
    this.watchedFolderIdentity = undefined;
  }

  private async checkFolder(): Promise<void> {
    if (this.checkingFolder) return;
    this.checkingFolder = true;
    try {
      const identity = await fs.stat(this.folder).then(
        (stats) => (stats.isDirectory() ? identityOf(stats) : undefined),
        () => undefined,
      );
      if (!this.folderCheckTimer) return;
      if (this.watcher && identity === this.watchedFolderIdentity) return;
      const wasWatching = this.watcher !== undefined;
      this.unwatchFolder();
      const isWatching = identity !== undefined && this.watchFolder();
      if (wasWatching || isWatching) this.noticed(null);
    } finally {
      this.checkingFolder = false;
    }
  }

  private noticed(fileName: string | null): void {
    if (fileName === null) this.rescanNeeded = true;
    else if (NoteId.safeParse(fileName).success) this.changedNames.add(fileName);
    else return;
    this.scheduleReport();
  }

  private scheduleReport(): void {
    const now = Date.now();
    if (this.reportTimer === undefined) this.burstStartedAt = now;
    clearTimeout(this.reportTimer);
    const delay = Math.min(this.debounceMs, this.burstStartedAt + Math.max(LONGEST_WAIT_MS, this.debounceMs) - now);
    this.reportTimer = setTimeout(() => this.report(), Math.max(0, delay));
  }

  private report(): void {
    const names = this.rescanNeeded ? [] : [...this.changedNames].sort();
    this.reportTimer = undefined;
    this.changedNames.clear();
    this.rescanNeeded = false;
    this.onChange(names);
  }
}

/** Tells a folder from another one later created at the same path. */
function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}
