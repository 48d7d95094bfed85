import { t } from '../i18n/ui-language';
import type { Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Annotation, DocumentNode, NoteFile, NoteMetadata, SourceArticle } from '../../core/document/note-file';
import { createEmptyNote } from '../../core/document/note-format';
import { citationsIn, type Citation } from '../../core/annotations/citation';
import type { PassageSelectors } from '../../core/annotations/text-selectors';
import { noteTitleFrom } from '../../core/document/note-title';
import { noteJSON, textPreview } from './note-json';
import type { Host, HostResult } from '../../core/host/contract';
import { HostError } from '../../core/host/host-error';

export type SaveState = 'new' | 'saved' | 'unsaved' | 'saving' | 'failed' | 'retrying' | 'read-only';

export interface SessionState {
  /** The note's file name in the library, or null before its first save. */
  id: string | null;
  saveState: SaveState;
  /** The last failure, in words for the user. */
  error: string | null;
  /** Something the user should know that is not an error (read-only, reloaded…). */
  notice: string | null;
}

type Listener = (state: SessionState) => void;
type RecoveredNote = HostResult<'recovery.read'>;

const PREVIEW_LENGTH = 300;

/**
 * The note open in the editor and its relation to the file on disk: which
 * file, which version of it (etag), whether the editor holds changes the file
 * does not. Saves and recovery-journal writes run one at a time, in order.
 */
export class NoteSession {
  private state: SessionState = { id: null, saveState: 'new', error: null, notice: null };
  private note: NoteFile = createEmptyNote(new Date());
  // The body of the last snapshot: a save right after a journal write of the same text reuses it.
  private body: { of: ProseMirrorNode; doc: DocumentNode; title: string } | null = null;
  private etag: string | null = null;
  private readOnly = false;
  private journalKey = newJournalKey();
  private journaled = false;
  // A write under `journalKey` was sent (or the key came from the journal): only then can
  // there be an entry to discard on leaving the note.
  private journalKeyUsed = false;
  private revision = 0;
  private savedRevision = 0;
  // Bumped whenever another note (or another version) is loaded, so a save that
  // finishes afterwards cannot attach its file to the note now in the editor.
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<Listener>();
  private readonly loadListeners = new Set<() => void>();
  private readonly annotationListeners = new Set<() => void>();
  private readonly sourceListeners = new Set<() => void>();
  private isLoading = false;
  private holdingEdits = false;
  private readonly editListeners = new Set<() => void>();
  private readonly writePreparations: (() => Promise<void>)[] = [];

  constructor(
    private readonly host: Host,
    private readonly editor: Editor,
  ) {}

  get current(): SessionState {
    return this.state;
  }

  /** True while another note is on its way in: the editor takes no edits (see HoldEdits). */
  get holdsEdits(): boolean {
    return this.holdingEdits;
  }

  get hasUnsavedChanges(): boolean {
    return this.revision !== this.savedRevision;
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  get title(): string {
    return noteTitleFrom(this.editor.getJSON() as DocumentNode);
  }

  get meta(): NoteMetadata {
    return this.note.meta;
  }

  /** The source articles attached to the note (read-only). */
  get sources(): readonly SourceArticle[] {
    return this.note.sources;
  }

  get annotations(): readonly Annotation[] {
    return this.note.annotations;
  }

  /** Replaces the note's annotations (comment threads, highlights, citations): an edit like any other. */
  setAnnotations(next: Annotation[]): void {
    if (this.readOnly || this.isLoading) return;
    this.note = { ...this.note, annotations: next };
    this.markEdited();
    for (const listener of this.annotationListeners) listener();
  }

  /** Called when annotations change without the text changing. */
  onAnnotations(listener: () => void): void {
    this.annotationListeners.add(listener);
  }

  /** Puts a new copy of a source article in place of the one with the same id, with the annotations re-anchored to it. */
  replaceSource(source: SourceArticle, annotations: Annotation[]): void {
    if (this.readOnly) return;
    this.note = { ...this.note, sources: this.note.sources.map((known) => (known.id === source.id ? source : known)), annotations };
    this.markEdited();
    for (const listener of this.sourceListeners) listener();
    for (const listener of this.annotationListeners) listener();
  }

  /** Called when an attached article is replaced by a fresh import of it. */
  onSourceChange(listener: () => void): void {
    this.sourceListeners.add(listener);
  }

  citation(id: string): Citation | undefined {
    return citationsIn(this.note.annotations).find((citation) => citation.id === id);
  }

  /** Records a citation of a passage of a source; the caller puts its marker in the text. */
  addCitation(sourceId: string, selector: PassageSelectors): Citation {
    const citation: Citation = { id: `c-${crypto.randomUUID()}`, kind: 'citation', sourceId, selector };
    this.note = { ...this.note, annotations: [...this.note.annotations, citation] };
    for (const listener of this.annotationListeners) listener();
    return citation;
  }

  /** Changes the note's metadata (classification, date…): an edit like any other. */
  updateMeta(patch: Partial<NoteMetadata>): void {
    if (this.readOnly || this.isLoading) return;
    this.note = { ...this.note, meta: { ...this.note.meta, ...patch } };
    // The bars show the metadata: they hear of this change even when the note was already unsaved.
    this.markEdited({ metaChanged: true });
  }

  onChange(listener: Listener): void {
    this.listeners.add(listener);
    listener(this.state);
  }

  /** Called whenever a different note (or version of it) is put in the editor. */
  onLoad(listener: () => void): void {
    this.loadListeners.add(listener);
  }

  /** Called after every edit of the note's text. */
  onEdit(listener: () => void): void {
    this.editListeners.add(listener);
  }

  /** Work a save or journal write waits for, before it takes its snapshot (see holdNoteAhead). */
  beforeWriting(work: () => Promise<void>): void {
    this.writePreparations.push(work);
  }

  /** Puts the caret back in the note where it was (after a dialog, say). */
  focusEditor(): void {
    // Not commands.focus(): when the browser has already handed DOM focus back to the
    // editor it returns early, leaving the DOM selection outside the note.
    this.editor.view.focus();
  }

  markEdited({ metaChanged = false } = {}): void {
    this.revision++;
    // Typing into a note already unsaved changes no state: telling every listener on each key would only redraw the bars.
    const { saveState, error, notice } = this.state;
    if (saveState !== 'saving' && (metaChanged || saveState !== 'unsaved' || error !== null || notice !== null)) this.update({ saveState: 'unsaved', error: null, notice: null });
    else if (metaChanged) this.update({});
    for (const listener of this.editListeners) listener();
  }

  async startNew(): Promise<void> {
    this.retire();
    this.load(createEmptyNote(new Date()), { id: null, etag: null, readOnly: false, saveState: 'new' });
  }

  open(id: string): Promise<void> {
    return this.loading(async () => {
      // Marks for `npm run bench` (opening: from reading the file to the note in the editor).
      performance.mark('briefing:open-start');
      const opened = await this.host['notes.open']({ id });
      this.retire();
      this.load(opened.note, { id: opened.id, etag: opened.etag, readOnly: opened.readOnly, saveState: opened.readOnly ? 'read-only' : 'saved', notice: opened.notice ?? null });
      performance.mark('briefing:open-loaded');
    });
  }

  /** A new, untitled note drafted from an article: unsaved until the user names it. */
  async startSeeded(note: NoteFile): Promise<void> {
    this.retire();
    this.load(note, { id: null, etag: null, readOnly: false, saveState: 'unsaved', notice: t('app.drafted') });
    this.revision = this.savedRevision + 1;
    for (const listener of this.editListeners) listener();
  }

  /** Puts a recovered copy in the editor; its journal entry stays until it is saved or discarded. */
  async restore(entry: RecoveredNote): Promise<void> {
    this.retire();
    this.load(entry.note, { id: entry.noteId, etag: entry.etag, readOnly: false, saveState: 'unsaved', notice: t('app.recovered') });
    this.journalKey = entry.key;
    this.journalKeyUsed = true;
    this.journaled = true;
    this.revision = this.savedRevision + 1;
  }

  /** Reloads the note from disk if another program changed it and the editor has nothing unsaved. */
  async reloadIfChangedOnDisk(): Promise<void> {
    const id = this.state.id;
    const generation = this.generation;
    if (id === null || this.hasUnsavedChanges || this.state.saveState === 'saving') return;
    let opened;
    try {
      // Most changes the watcher reports are our own saves: ask for the etag first, so an
      // unchanged note is not carried across and parsed again on the page's thread.
      const { etag } = await this.host['notes.etag']({ id });
      if (etag === this.etag) return;
      opened = await this.host['notes.open']({ id });
    } catch (error) {
      if (error instanceof HostError && error.code === 'not-found' && generation === this.generation && this.state.id === id) {
        // Journaled and autosaved like any edit, so the only copy is not lost.
        this.markEdited();
        this.update({ notice: `“${id}” was deleted or moved by another program. Save to keep this note.` });
      }
      return;
    }
    if (generation !== this.generation || opened.etag === this.etag || this.hasUnsavedChanges || this.state.id !== id) return;
    this.generation++;
    this.load(opened.note, { id, etag: opened.etag, readOnly: opened.readOnly, saveState: opened.readOnly ? 'read-only' : 'saved', notice: t('app.reloaded', { name: id }) });
  }

  /** Saves to the note's file; resolves false when the note has no file yet (use saveAs). */
  async save({ overwriteChanges = false } = {}): Promise<boolean> {
    const id = this.state.id;
    if (id === null) return false;
    if (this.readOnly) throw new HostError('read-only', t('app.newerReadOnly'));
    await this.write((note, journalKey) => this.host['notes.save']({ id, note, etag: this.etag, overwriteChanges, journalKey }));
    return true;
  }

  async saveAs(name: string, overwrite: boolean): Promise<void> {
    await this.write((note, journalKey) => this.host['notes.saveAs']({ name, note, overwrite, journalKey }));
    if (this.readOnly) {
      this.readOnly = false;
      this.editor.setEditable(true);
      this.update({ saveState: this.state.saveState });
    }
  }

  /** The note was renamed in the library: follow it. */
  renamed(from: string, to: string): void {
    if (this.state.id === from) this.update({ id: to });
  }

  markRetrying(): void {
    if (this.state.saveState === 'failed') this.update({ saveState: 'retrying' });
  }

  /** Writes the unsaved state to the recovery journal (skipped once it is saved). */
  journal(): Promise<void> {
    const generation = this.generation;
    return this.enqueue(async () => {
      if (!this.hasUnsavedChanges || generation !== this.generation) return;
      await this.prepareToWrite();
      if (!this.hasUnsavedChanges || generation !== this.generation) return;
      const started = performance.now();
      const note = this.snapshot();
      this.journalKeyUsed = true;
      const writing = this.host['recovery.write']({
        key: this.journalKey,
        noteId: this.state.id,
        etag: this.etag,
        title: note.meta.title,
        preview: textPreview(note.doc, PREVIEW_LENGTH),
        note,
      });
      performance.measure('briefing:journal-main-thread', { start: started });
      await writing;
      this.journaled = true;
    });
  }

  private write(send: (note: NoteFile, journalKey: string | undefined) => Promise<{ id: string; etag: string }>): Promise<void> {
    // The note to save is the one shown when the user (or autosave) asked: if another note
    // was opened while this save waited in the queue, it must not go out under the old id.
    const generation = this.generation;
    return this.enqueue(async () => {
      if (generation !== this.generation) return;
      await this.prepareToWrite();
      if (generation !== this.generation) return;
      const revision = this.revision;
      // Measured for `npm run bench`: the main-thread time of a save (snapshot and serialising).
      const started = performance.now();
      const note = this.snapshot();
      try {
        const sending = send(note, this.journaled ? this.journalKey : undefined);
        performance.measure('briefing:save-main-thread', { start: started });
        // Told once the note is on its way, so the worker posts it while the bars are redrawn.
        this.update({ saveState: 'saving', error: null });
        const saved = await sending;
        if (generation !== this.generation) return;
        // Only what the snapshot decided; metadata or annotations changed meanwhile stay.
        this.note = { ...this.note, meta: { ...this.note.meta, title: note.meta.title, modified: note.meta.modified } };
        this.etag = saved.etag;
        this.savedRevision = revision;
        // The host dropped the journal entry with the save; a later edit journals anew.
        this.journaled = false;
        this.update({ id: saved.id, saveState: this.revision === revision ? 'saved' : 'unsaved', error: null, notice: null });
      } catch (error) {
        if (generation !== this.generation) return;
        this.update({ saveState: 'failed', error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    });
  }

  // While another note is on its way in, nothing typed may land in the one going out: the
  // editor holds edits back (HoldEdits) until `load` puts the new note in.
  private async loading(work: () => Promise<void>): Promise<void> {
    this.isLoading = true;
    this.holdingEdits = true;
    try {
      await work();
    } finally {
      this.isLoading = false;
      this.holdingEdits = false;
    }
  }

  /**
   * Leaves the current note for another: saves and journal writes still
   * under way for it finish but no longer touch the session (generation),
   * and its journal entry is discarded — an explicit choice by the user.
   */
  private retire(): void {
    this.generation++;
    const key = this.journalKey;
    const used = this.journalKeyUsed;
    this.journalKey = newJournalKey();
    this.journaled = false;
    this.journalKeyUsed = false;
    // Even when not known to be journaled: a first journal write may have been in flight when
    // the user chose to leave. A note never journaled asks nothing (a host call on each opening).
    if (used) this.enqueue(() => this.host['recovery.discard']({ key })).catch(() => {});
  }

  private load(note: NoteFile, { id, etag, readOnly, saveState, notice = null }: { id: string | null; etag: string | null; readOnly: boolean; saveState: SaveState; notice?: string | null }): void {
    // The new note is here: what is typed from now on belongs to it (and the editor's own
    // changes as it takes the note in must go through).
    this.holdingEdits = false;
    // The body lives in the editor from here on: keeping the loaded copy too would hold a long note twice.
    this.note = { ...note, doc: { type: 'doc', content: [] } };
    this.body = null;
    this.etag = etag;
    this.readOnly = readOnly;
    this.editor.setEditable(!readOnly, false);
    this.editor.commands.setContent(note.doc, { emitUpdate: false });
    // A fresh state, so the note opens with an empty undo history: Undo must never bring
    // back the note shown before (nor keep it in memory).
    const { doc, plugins } = this.editor.state;
    this.editor.view.updateState(EditorState.create({ doc, plugins }));
    this.revision = this.savedRevision = 0;
    this.update({ id, saveState, error: null, notice });
    for (const listener of this.loadListeners) listener();
  }

  /** The note as it is in the editor now, saved or not. */
  snapshotForExport(): NoteFile {
    return this.snapshot();
  }

  private snapshot(): NoteFile {
    const shown = this.editor.state.doc;
    if (this.body?.of !== shown) {
      const doc = noteJSON(shown);
      this.body = { of: shown, doc, title: noteTitleFrom(doc) };
    }
    const { doc, title } = this.body;
    return { ...this.note, meta: { ...this.note.meta, title, modified: new Date().toISOString() }, doc };
  }

  private async prepareToWrite(): Promise<void> {
    for (const work of this.writePreparations) await work();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

function newJournalKey(): string {
  return crypto.randomUUID();
}
