import type { Editor } from '@tiptap/core';
import { createEmptyNote, type DocumentNode, type NoteFile } from '../../core/document/note-file';
import { noteTitleFrom } from '../../core/document/note-title';
import type { Host } from '../../core/host/contract';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'new';

export interface SessionState {
  /** The note's file name in the library, or null before its first save. */
  id: string | null;
  saveState: SaveState;
  /** The last save or open failure, in words for the user. */
  error: string | null;
}

type Listener = (state: SessionState) => void;

/**
 * The note that is open in the editor and its relation to the file on disk:
 * which file it is, whether the editor holds changes the file does not.
 */
export class NoteSession {
  private state: SessionState = { id: null, saveState: 'new', error: null };
  private created = new Date().toISOString();
  private readonly listeners = new Set<Listener>();
  // Bumped on every edit, so a save that finishes after newer typing leaves the note "unsaved".
  private revision = 0;

  constructor(
    private readonly host: Host,
    private readonly editor: Editor,
  ) {}

  get current(): SessionState {
    return this.state;
  }

  get hasUnsavedChanges(): boolean {
    return this.state.saveState === 'unsaved' || this.state.saveState === 'failed';
  }

  get title(): string {
    return noteTitleFrom(this.editor.getJSON() as DocumentNode);
  }

  /** Puts the caret back in the note where it was (after a dialog, say). */
  focusEditor(): void {
    // Not commands.focus(): when the browser has already handed DOM focus back to the
    // editor it returns early, leaving the DOM selection outside the note.
    this.editor.view.focus();
  }

  onChange(listener: Listener): void {
    this.listeners.add(listener);
    listener(this.state);
  }

  markEdited(): void {
    this.revision++;
    if (this.state.saveState !== 'saving') this.update({ saveState: 'unsaved', error: null });
  }

  startNew(): void {
    this.created = new Date().toISOString();
    this.editor.commands.setContent(createEmptyNote(new Date()).doc, { emitUpdate: false });
    this.editor.commands.focus('start');
    this.update({ id: null, saveState: 'new', error: null });
  }

  async open(id: string): Promise<void> {
    const opened = await this.host['notes.open']({ id });
    this.created = opened.note.created;
    this.editor.commands.setContent(opened.note.doc, { emitUpdate: false });
    this.editor.commands.focus('start');
    this.update({ id: opened.id, saveState: 'saved', error: null });
  }

  /** Saves to the note's file; resolves false when the note has no file yet (use saveAs). */
  async save(): Promise<boolean> {
    const id = this.state.id;
    if (id === null) return false;
    await this.write(() => this.host['notes.save']({ id, note: this.snapshot() }));
    return true;
  }

  async saveAs(name: string, overwrite: boolean): Promise<void> {
    await this.write(() => this.host['notes.saveAs']({ name, note: this.snapshot(), overwrite }));
  }

  private async write(send: () => Promise<{ id: string }>): Promise<void> {
    const revisionAtStart = this.revision;
    this.update({ saveState: 'saving', error: null });
    try {
      const saved = await send();
      this.update({ id: saved.id, saveState: this.revision === revisionAtStart ? 'saved' : 'unsaved', error: null });
    } catch (error) {
      this.update({ saveState: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  private snapshot(): NoteFile {
    const doc = this.editor.getJSON() as DocumentNode;
    return { ...createEmptyNote(new Date()), created: this.created, title: noteTitleFrom(doc), doc };
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
