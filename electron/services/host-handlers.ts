import type { HostHandlers, HostResult } from '../../core/host/contract';
import { HostError } from '../../core/host/host-error';
import { readNoteFile } from '../../core/document/read-note-file';
import type { NoteLibrary } from './note-library';
import type { RecoveryJournal } from './recovery-journal';
import type { SettingsStore } from './settings-store';
import { LibraryIndex } from './library-index';
import type { RecentNotes } from './recent-notes';
import { listTemplates } from './template-store';
import { exportNote, type RenderPdf } from './note-export';
import { ExportJobs } from './export-jobs';
import type { HostEvent } from '../../core/host/host-events';

export interface HostHandlerDependencies {
  library: NoteLibrary;
  journal: RecoveryJournal;
  settings: SettingsStore;
  recent: RecentNotes;
  /** Prints HTML to PDF; absent where no engine is available. */
  renderPdf?: RenderPdf;
  fontDir?: string;
  appInfo: HostResult<'app.info'>;
  /** Told about each note opened (Electron adds it to the OS's recent documents). */
  onNoteOpened?: (id: string) => void;
  /** Sends the renderer an event it did not ask for (an export's progress). */
  emit?: (event: HostEvent) => void;
}

/** The host contract implemented over the Node services; shared by Electron and browser mode. */
export function createHostHandlers({ library, journal, settings, recent, renderPdf, fontDir, appInfo, onNoteOpened, emit }: HostHandlerDependencies): HostHandlers {
  const index = new LibraryIndex(library);
  const exports = new ExportJobs();

  // The note is on disk: tidying up after it must not turn the save into a failure
  // (a retry would then meet the app's own new bytes as a "conflict").
  const bestEffort = (work: Promise<void>): Promise<void> => work.catch((error: unknown) => console.error('[briefing-desk] after-save step failed:', error));
  // The journal entry goes only once the note is on disk: a failed save keeps it.
  const afterSave = async <T extends { id: string }>(saved: T, journalKey: string | undefined): Promise<T> => {
    if (journalKey) await bestEffort(journal.discard(journalKey));
    // Not awaited: the recent list answers after its pending changes (see recent-notes.ts).
    void bestEffort(recent.touch(saved.id));
    return saved;
  };

  return {
    'app.info': async () => appInfo,
    'notes.list': async () => {
      const notes = await index.listings();
      const present = new Set(notes.map((note) => note.id));
      return { notes, recent: (await recent.list()).filter((id) => present.has(id)) };
    },
    'notes.search': async ({ query }) => ({ ids: await index.find(query) }),
    'notes.etag': async ({ id }) => ({ etag: await library.etag(id) }),
    'notes.open': async ({ id }) => {
      const opened = await library.open(id);
      void bestEffort(recent.touch(id));
      onNoteOpened?.(id);
      return opened;
    },
    'notes.save': async ({ id, note, etag, overwriteChanges, journalKey }) =>
      afterSave({ id, ...(await library.save(id, note, etag, overwriteChanges)) }, journalKey),
    'notes.saveAs': async ({ name, note, overwrite, journalKey }) => afterSave(await library.saveAs(name, note, overwrite), journalKey),
    'notes.rename': async ({ id, name }) => {
      const renamed = await library.rename(id, name);
      await bestEffort(recent.renamed(id, renamed.id));
      return renamed;
    },
    'notes.duplicate': async ({ id }) => library.duplicate(id),
    'notes.delete': async ({ id }) => {
      await library.delete(id);
      await bestEffort(recent.forget(id));
      return {};
    },
    'notes.import': async ({ fileName, content }) => library.import(fileName, content),
    'recovery.write': async ({ key, ...entry }) => {
      await journal.write(key, entry);
      return {};
    },
    'recovery.list': async () => ({ entries: await journal.list() }),
    'recovery.read': async ({ key }) => {
      const entry = await journal.read(key);
      const reading = readNoteFile(JSON.stringify(entry.note));
      if (!reading.ok) throw new HostError('invalid-note', `The recovered copy of “${entry.title || 'an untitled note'}” is damaged (${reading.problem}). Discard it.`);
      return { ...entry, note: reading.note };
    },
    'recovery.discard': async ({ key }) => {
      await journal.discard(key);
      return {};
    },
    'settings.get': async () => settings.get(),
    'settings.set': async ({ settings: patch }) => ({ settings: await settings.set(patch) }),
    'templates.list': async () => listTemplates(library.folder),
    'export.note': async ({ jobId, ...request }) => {
      if (!renderPdf || !fontDir) throw new HostError('file-system', 'Export is not available in this copy of Briefing Desk: its print engine or fonts are missing.');
      const { authorName, classificationPreset } = (await settings.get()).settings;
      const job = exports.start(jobId);
      try {
        return await exportNote(request, {
          libraryDir: library.folder,
          fontDir,
          renderPdf,
          authorName,
          classificationPreset,
          signal: job.signal,
          onStage: (stage) => jobId && emit?.({ type: 'export.progress', jobId, stage }),
        });
      } finally {
        job.finish();
      }
    },
    'export.cancel': async ({ jobId }) => ({ cancelled: exports.cancel(jobId) }),
  };
}
