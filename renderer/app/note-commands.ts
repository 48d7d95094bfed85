import type { HostBridge } from '../../core/host/host-bridge';
import { HostError } from '../../core/host/host-error';
import { suggestNoteName } from '../../core/host/note-name';
import type { NoteSession } from './note-session';
import { confirmDialog } from '../ui/confirm-dialog';
import { pickNote } from '../ui/open-note-dialog';
import { askNoteName } from '../ui/save-as-dialog';

export interface NoteCommands {
  newNote(): Promise<void>;
  openNote(): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
}

/** New, Open, Save and Save As, with the questions a desktop editor asks before losing work. */
export function createNoteCommands(host: HostBridge, session: NoteSession, report: (message: string) => void): NoteCommands {
  const mayDiscard = async (): Promise<boolean> =>
    !session.hasUnsavedChanges ||
    confirmDialog({
      title: 'Discard unsaved changes?',
      message: 'This note has changes that are not saved. If you continue, they are lost.',
      confirmLabel: 'Discard changes',
    });

  const saveAs = async (): Promise<void> => {
    const choice = await askNoteName(suggestNoteName(session.title));
    if (!choice) return;
    try {
      await session.saveAs(choice.name, false);
    } catch (error) {
      if (!(error instanceof HostError && error.code === 'already-exists')) return;
      const replace = await confirmDialog({ title: 'Replace note?', message: error.message, confirmLabel: 'Replace' });
      if (replace) await session.saveAs(choice.name, true).catch(() => {});
    }
  };

  const commands: NoteCommands = {
    async newNote() {
      if (await mayDiscard()) session.startNew();
    },
    async openNote() {
      const [{ notes }, info] = await Promise.all([host['notes.list']({}), host['app.info']({})]).catch((error: unknown) => {
        report(error instanceof Error ? error.message : String(error));
        return [{ notes: [] }, { libraryDir: 'the library folder' }] as const;
      });
      const id = await pickNote([...notes], info.libraryDir);
      if (id === null || !(await mayDiscard())) return;
      await session.open(id).catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
    },
    async save() {
      // A failed save is shown by the status bar; the text stays in the editor.
      if (!(await session.save().catch(() => true))) await saveAs();
    },
    saveAs,
  };
  return returningFocusToNote(commands, session);
}

// Dialogs take focus; ProseMirror must get it back through its own command, or the
// DOM selection stays where the dialog left it and the next keystrokes are lost.
function returningFocusToNote(commands: NoteCommands, session: NoteSession): NoteCommands {
  const wrap =
    (run: () => Promise<void>) =>
    async (): Promise<void> => {
      try {
        await run();
      } finally {
        session.focusEditor();
      }
    };
  return { newNote: wrap(commands.newNote), openNote: wrap(commands.openNote), save: wrap(commands.save), saveAs: wrap(commands.saveAs) };
}
