import { t } from '../i18n/ui-language';
import type { HostBridge } from '../../core/host/host-bridge';
import { HostError } from '../../core/host/host-error';
import { suggestNoteName } from '../../core/host/note-name';
import type { NoteSession } from './note-session';
import { mayDiscardChanges } from './confirm-discard';
import { confirmDialog } from '../ui/confirm-dialog';
import { askAboutConflict } from '../ui/conflict-dialog';
import { pickNote } from '../ui/open-note-dialog';
import { askNoteName } from '../ui/save-as-dialog';

export interface NoteCommands {
  newNote(): Promise<void>;
  openNote(): Promise<void>;
  openById(id: string): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  /** Autosave's save: rejects on failure so it can retry; asks the user about conflicts. */
  saveForAutosave(): Promise<void>;
  renameNote(id: string): Promise<void>;
  duplicateNote(id: string): Promise<void>;
  deleteNote(id: string): Promise<void>;
}

const nameOf = (id: string): string => id.replace(/\.brief$/, '');

/** What the user can do with notes, with the questions a desktop editor asks before losing work. */
export function createNoteCommands(host: HostBridge, session: NoteSession, report: (message: string) => void, hasUnpostedComment: () => boolean): NoteCommands {
  // After "Cancel" in the conflict dialog, autosave stops asking until the user saves by hand.
  let conflictDeferred = false;
  const reportError = (error: unknown): void => report(error instanceof Error ? error.message : String(error));

  const mayDiscard = (): Promise<boolean> => mayDiscardChanges(session, hasUnpostedComment);

  const saveAs = async (suggestion = suggestNoteName(session.title)): Promise<void> => {
    const choice = await askNoteName(suggestion);
    if (!choice) return;
    try {
      await session.saveAs(choice.name, false);
    } catch (error) {
      if (!(error instanceof HostError && error.code === 'already-exists')) return;
      const replace = await confirmDialog({ title: t('app.replaceTitle'), message: error.message, confirmLabel: t('app.replace') });
      if (replace) await session.saveAs(choice.name, true).catch(() => {});
    }
  };

  // One question at a time, however many saves ran into the conflict.
  let openConflict: Promise<void> | null = null;
  const resolveConflict = (id: string): Promise<void> => {
    openConflict ??= (async () => {
      const choice = await askAboutConflict(id);
      conflictDeferred = choice === 'cancel';
      if (choice === 'reload-theirs') await session.open(id);
      if (choice === 'keep-mine') await session.save({ overwriteChanges: true });
      if (choice === 'save-copy') await saveAs(t('app.myCopy', { name: nameOf(id) }));
    })().finally(() => {
      openConflict = null;
    });
    return openConflict;
  };
  // A deferred conflict belongs to the note it was about.
  session.onLoad(() => {
    conflictDeferred = false;
  });

  const saveInPlace = async (): Promise<void> => {
    try {
      if (!(await session.save())) await saveAs();
    } catch (error) {
      const id = session.current.id;
      if (error instanceof HostError && error.code === 'conflict' && id) return resolveConflict(id);
      if (error instanceof HostError && error.code === 'read-only') return saveAs(t('app.copy', { name: nameOf(id ?? t('dialogs.untitledNote')) }));
      throw error;
    }
  };

  const openById = async (id: string): Promise<void> => {
    if (id === session.current.id && !session.hasUnsavedChanges) return;
    if (!(await mayDiscard())) return;
    await session.open(id).catch(reportError);
  };

  const commands: NoteCommands = {
    async newNote() {
      if (await mayDiscard()) await session.startNew();
    },
    async openNote() {
      const [{ notes }, info] = await Promise.all([host['notes.list']({}), host['app.info']({})]).catch((error: unknown) => {
        reportError(error);
        return [{ notes: [] }, { libraryDir: t('app.libraryFolder') }] as const;
      });
      const id = await pickNote([...notes], info.libraryDir);
      if (id !== null) await openById(id);
    },
    openById,
    async save() {
      conflictDeferred = false;
      // A failed save shows in the status bar; the text stays in the editor.
      await saveInPlace().catch(() => {});
    },
    saveAs: () => saveAs(),
    async saveForAutosave() {
      if (!conflictDeferred) await saveInPlace();
    },
    async renameNote(id) {
      const choice = await askNoteName(nameOf(id), { title: t('app.renameTitle'), confirm: t('app.rename') });
      if (!choice) return;
      try {
        const renamed = await host['notes.rename']({ id, name: choice.name });
        session.renamed(id, renamed.id);
      } catch (error) {
        reportError(error);
      }
    },
    async duplicateNote(id) {
      await host['notes.duplicate']({ id }).catch(reportError);
    },
    async deleteNote(id) {
      const isOpen = session.current.id === id;
      const confirmed = await confirmDialog({
        title: t('app.deleteTitle'),
        message: t(isOpen && session.hasUnsavedChanges ? 'app.deleteTextUnsaved' : 'app.deleteText', { name: nameOf(id) }),
        confirmLabel: t('app.moveToTrash'),
      });
      if (!confirmed) return;
      try {
        await host['notes.delete']({ id });
        if (isOpen) await session.startNew();
      } catch (error) {
        reportError(error);
      }
    },
  };
  return returningFocusToNote(commands, session);
}

// Dialogs take focus; ProseMirror must get it back through its own command, or the
// DOM selection stays where the dialog left it and the next keystrokes are lost.
function returningFocusToNote(commands: NoteCommands, session: NoteSession): NoteCommands {
  const wrapped = {} as NoteCommands;
  for (const [name, run] of Object.entries(commands) as [keyof NoteCommands, (...args: never[]) => Promise<void>][]) {
    (wrapped as unknown as Record<string, unknown>)[name] = async (...args: never[]): Promise<void> => {
      try {
        await run(...args);
      } finally {
        if (name !== 'saveForAutosave' || document.activeElement === document.body) session.focusEditor();
      }
    };
  }
  return wrapped;
}
