import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HostHandlers } from '../../core/host/contract';
import type { HostOptions } from './host-options';
import { APP_NAME, APP_VERSION } from './app-version';
import { createHostHandlers } from './host-handlers';
import { HostEventHub } from './host-event-hub';
import { LibraryWatcher } from './library-watcher';
import { NoteLibrary, type MoveToTrash } from './note-library';
import { RecoveryJournal } from './recovery-journal';
import { SettingsStore } from './settings-store';
import { RecentNotes } from './recent-notes';
import type { RenderPdf } from './note-export';

export interface HostServices {
  handlers: HostHandlers;
  library: NoteLibrary;
  events: HostEventHub;
  /** Stops watching the library and finishes the writes still due (the recent-notes list). */
  stop(): Promise<void>;
}

export interface HostServiceOptions {
  options: HostOptions;
  host: 'electron' | 'browser';
  moveToTrash: MoveToTrash;
  renderPdf: RenderPdf;
  /** The folder holding the fonts embedded in exports (assets/fonts). */
  fontDir: string;
  onNoteOpened?: (id: string, file: string) => void;
}

function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/** Everything behind the host contract, wired the same way for Electron and browser mode. */
export async function startHostServices({ options, host, moveToTrash, renderPdf, fontDir, onNoteOpened }: HostServiceOptions): Promise<HostServices> {
  const library = new NoteLibrary(options.libraryDir, moveToTrash);
  await library.ensureExists();
  await fs.mkdir(options.dataDir, { recursive: true });
  const events = new HostEventHub();
  const watcher = new LibraryWatcher({ folder: options.libraryDir, onChange: (fileNames) => events.emit({ type: 'library.changed', fileNames }) });
  watcher.start();
  const recent = new RecentNotes(options.dataDir);
  const handlers = createHostHandlers({
    library,
    journal: new RecoveryJournal(path.join(options.dataDir, 'recovery')),
    settings: new SettingsStore(options.dataDir),
    recent,
    renderPdf,
    fontDir,
    appInfo: { name: APP_NAME, version: APP_VERSION, host, platform: process.platform, libraryDir: options.libraryDir, dataDir: options.dataDir, userName: osUserName() },
    onNoteOpened: (id) => onNoteOpened?.(id, path.join(options.libraryDir, id)),
    emit: (event) => events.emit(event),
  });
  // The recent list is written after the reply that changed it: a host that quits without
  // finishing it would not reopen the note opened last.
  const stop = async (): Promise<void> => {
    watcher.stop();
    await recent.settled();
  };
  return { handlers, library, events, stop };
}
