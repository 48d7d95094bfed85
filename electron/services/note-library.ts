import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NoteFile } from '../../core/document/note-file';
import { NOTE_EXTENSION } from '../../core/document/note-format';
import { readNoteFile } from '../../core/document/read-note-file';
import { noteTitleFrom, plainTextOf } from '../../core/document/note-title';
import { HostError } from '../../core/host/host-error';
import { NoteId, noteIdForName } from '../../core/host/note-name';
import type { HostResult } from '../../core/host/contract';
import { writeFileAtomic, errorCode, isCode } from './atomic-write';
import { etagOf, sameContent } from './note-etag';

/** Larger files are refused before they are read: no briefing note comes near it. */
export const MAX_NOTE_BYTES = 50 * 1024 * 1024;

export type NoteListing = HostResult<'notes.list'>['notes'][number];
export type OpenedNote = HostResult<'notes.open'>;

/** A listing plus the note's plain text, for the search index. */
export interface ScannedNote {
  listing: NoteListing;
  text: string;
  mtimeMs: number;
}

/** Moves a file to wherever deleted notes go (the OS trash in Electron). */
export type MoveToTrash = (file: string) => Promise<void>;

/**
 * The notes in the library folder. Every id is checked to name a file that
 * really lies inside the folder (after resolving links) before it is touched,
 * and no file is written unless the user saved, renamed, duplicated or deleted it.
 */
export class NoteLibrary {
  constructor(
    readonly folder: string,
    private readonly moveToTrash: MoveToTrash,
  ) {}

  async ensureExists(): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
  }

  /** The note files in the folder, broken ones included (with their problem), newest first. */
  async list(): Promise<NoteListing[]> {
    return (await this.scan()).map((scanned) => scanned.listing);
  }

  /** Like list(), reusing `known` entries whose file has not changed since. */
  async scan(known: ReadonlyMap<string, ScannedNote> = new Map()): Promise<ScannedNote[]> {
    await this.ensureExists();
    const entries = await fs.readdir(this.folder, { withFileTypes: true });
    const scanned: ScannedNote[] = [];
    for (const entry of entries) {
      if (!entry.name.endsWith(NOTE_EXTENSION) || !NoteId.safeParse(entry.name).success) continue;
      const note = await this.scanOne(entry.name, known.get(entry.name)).catch(() => undefined);
      if (note) scanned.push(note);
    }
    return scanned.sort((a, b) => b.listing.modified.localeCompare(a.listing.modified));
  }

  /** The etag of the note's file as it is on disk now, without reading it as a note. */
  async etag(id: string): Promise<string> {
    const file = await this.pathOf(id, { mustExist: true });
    const { bytes, mtimeMs } = await this.read(file, id);
    return etagOf(bytes, mtimeMs);
  }

  async open(id: string): Promise<OpenedNote> {
    const file = await this.pathOf(id, { mustExist: true });
    const { bytes, mtimeMs } = await this.read(file, id);
    const reading = readNoteFile(decodeUtf8(bytes, id));
    if (!reading.ok) throw unreadable(id, reading.problem);
    const etag = etagOf(bytes, mtimeMs);
    return reading.readOnly ? { id, note: reading.note, etag, readOnly: true, notice: `“${id}” ${reading.notice}.` } : { id, note: reading.note, etag, readOnly: false };
  }

  /**
   * Writes `note` to the file `id`. Refused with a 'conflict' when the file's
   * content is no longer the version `etag` names (another program changed it),
   * unless `overwriteChanges`; refused with 'read-only' for a newer app's file.
   */
  async save(id: string, note: NoteFile, etag: string | null, overwriteChanges: boolean): Promise<{ etag: string }> {
    const file = await this.pathOf(id, { mustExist: false });
    const current = await this.read(file, id).catch((error: unknown) => {
      if (error instanceof HostError && error.code === 'not-found') return undefined;
      throw error;
    });
    if (current) {
      const reading = readNoteFile(new TextDecoder().decode(current.bytes));
      if (reading.ok && reading.readOnly) throw new HostError('read-only', `“${id}” was written by a newer Briefing Desk and is never changed by this one. Use Save As to keep your copy.`);
      const changedOnDisk = etag === null || !sameContent(etag, current.bytes);
      if (changedOnDisk && !overwriteChanges) {
        throw new HostError('conflict', `“${id}” was changed by another program since you opened it.`);
      }
    }
    return this.write(file, id, note);
  }

  async saveAs(name: string, note: NoteFile, overwrite: boolean): Promise<{ id: string; etag: string }> {
    const id = noteIdForName(name);
    const file = await this.pathOf(id, { mustExist: false });
    if (!overwrite && (await exists(file))) {
      throw new HostError('already-exists', `A note called “${name}” is already in the library. Choose another name, or replace it.`);
    }
    return { id, ...(await this.write(file, id, note)) };
  }

  /** Renames the note's file; a link inside the library is renamed itself, not its target. */
  async rename(id: string, name: string): Promise<{ id: string }> {
    const from = await this.pathOf(id, { mustExist: true, followLinks: false });
    const newId = noteIdForName(name);
    if (newId === id) return { id };
    const to = await this.pathOf(newId, { mustExist: false, followLinks: false });
    // On Windows and macOS a case-only rename (memo → Memo) finds "Memo" taken by the note itself.
    if ((await exists(to)) && !(await sameFile(from, to))) {
      throw new HostError('already-exists', `A note called “${name}” is already in the library. Choose another name.`);
    }
    await this.fileOperation(id, () => fs.rename(from, to));
    return { id: newId };
  }

  async duplicate(id: string): Promise<{ id: string }> {
    const source = await this.pathOf(id, { mustExist: true });
    const { bytes } = await this.read(source, id);
    const newId = await this.freeId(`${id.slice(0, -NOTE_EXTENSION.length)} copy`);
    const target = await this.pathOf(newId, { mustExist: false });
    await this.fileOperation(newId, () => writeFileAtomic(target, bytes));
    return { id: newId };
  }

  /** Moves the note to the trash; a link inside the library is removed itself, not its target. */
  async delete(id: string): Promise<void> {
    const file = await this.pathOf(id, { mustExist: true, followLinks: false });
    await this.fileOperation(id, () => this.moveToTrash(file));
  }

  /** Copies a note the user dropped or opened from elsewhere into the library, bytes unchanged. */
  async import(fileName: string, content: string): Promise<{ id: string }> {
    const reading = readNoteFile(content);
    if (!reading.ok) throw unreadable(fileName, reading.problem);
    const base = path.basename(fileName.replace(/\\/g, '/')).replace(/\.brief$/i, '');
    await this.ensureExists();
    const id = await this.freeId(NoteId.safeParse(`${base}${NOTE_EXTENSION}`).success ? base : 'Imported note');
    await this.fileOperation(id, async () => writeFileAtomic(await this.pathOf(id, { mustExist: false }), content));
    return { id };
  }

  private async scanOne(id: string, known: ScannedNote | undefined): Promise<ScannedNote> {
    const file = await this.pathOf(id, { mustExist: true });
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new HostError('not-found', `${id} is not a file.`);
    if (known && known.mtimeMs === stat.mtimeMs && known.listing.size === stat.size) return known;
    const fallbackTitle = id.slice(0, -NOTE_EXTENSION.length);
    const base = { id, modified: stat.mtime.toISOString(), size: stat.size, classification: '', date: null };
    try {
      const { bytes } = await this.read(file, id);
      const reading = readNoteFile(decodeUtf8(bytes, id));
      if (!reading.ok) return { listing: { ...base, title: fallbackTitle, problem: capitalise(reading.problem) }, text: '', mtimeMs: stat.mtimeMs };
      const { meta, doc } = reading.note;
      const listing: NoteListing = {
        ...base,
        title: meta.title || noteTitleFrom(doc) || fallbackTitle,
        classification: meta.classification,
        date: meta.date,
        ...(reading.readOnly ? { problem: 'Written by a newer Briefing Desk: opens read-only' } : {}),
      };
      return { listing, text: plainTextOf(doc), mtimeMs: stat.mtimeMs };
    } catch (error) {
      const problem = error instanceof HostError ? error.message : `It could not be read (${errorCode(error) ?? 'unknown error'})`;
      return { listing: { ...base, title: fallbackTitle, problem }, text: '', mtimeMs: stat.mtimeMs };
    }
  }

  private async write(file: string, id: string, note: NoteFile): Promise<{ etag: string }> {
    const bytes = Buffer.from(`${JSON.stringify(note, null, 2)}\n`, 'utf8');
    await this.ensureExists();
    await this.fileOperation(id, () => writeFileAtomic(file, bytes));
    const { mtimeMs } = await fs.stat(file);
    return { etag: etagOf(bytes, mtimeMs) };
  }

  private async fileOperation(id: string, operation: () => Promise<void>): Promise<void> {
    try {
      await operation();
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError(
        'file-system',
        `Could not change “${id}” (${errorCode(error) ?? 'unknown error'}). Nothing was lost: your text is still open; check the library folder is writable and try again.`,
      );
    }
  }

  private async read(file: string, id: string): Promise<{ bytes: Buffer; mtimeMs: number }> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch (error) {
      if (isCode(error, 'ENOENT')) throw new HostError('not-found', `“${id}” is no longer in the library folder.`);
      throw error;
    }
    if (stat.size > MAX_NOTE_BYTES) {
      throw new HostError('invalid-note', `“${id}” is ${Math.round(stat.size / 1024 / 1024)} MB, too large to be a briefing note. It was left as it is.`);
    }
    try {
      return { bytes: await fs.readFile(file), mtimeMs: stat.mtimeMs };
    } catch (error) {
      throw new HostError('file-system', `Could not read “${id}” (${errorCode(error) ?? 'unknown error'}). Check that it is a file you may read.`);
    }
  }

  private async freeId(base: string): Promise<string> {
    for (let n = 1; n < 1000; n++) {
      const id = noteIdForName(n === 1 ? base : `${base} ${n}`);
      if (!(await exists(await this.pathOf(id, { mustExist: false })))) return id;
    }
    throw new HostError('already-exists', `Too many notes are called “${base}”. Rename some and try again.`);
  }

  /**
   * The absolute path for `id`, refused unless it stays inside the library
   * folder. With `followLinks: false` a link's own path is returned (after the
   * same check on where it points), for operations on the entry itself.
   */
  private async pathOf(id: string, { mustExist, followLinks = true }: { mustExist: boolean; followLinks?: boolean }): Promise<string> {
    if (!NoteId.safeParse(id).success) throw new HostError('forbidden', `“${id}” is not a note in the library.`);
    const folder = await fs.realpath(this.folder).catch(() => path.resolve(this.folder));
    const candidate = path.join(folder, id);
    let real: string;
    try {
      real = await fs.realpath(candidate);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
      if (mustExist) throw new HostError('not-found', `“${id}” is no longer in the library folder. It may have been moved, renamed or deleted.`);
      real = candidate;
    }
    if (!isInside(folder, real)) throw new HostError('forbidden', `“${id}” points outside the library folder, so it was not opened.`);
    return followLinks ? real : candidate;
  }
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function decodeUtf8(bytes: Uint8Array, id: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(id, 'it is not UTF-8 text, so it is not a Briefing Desk note');
  }
}

function unreadable(id: string, problem: string): HostError {
  return new HostError('invalid-note', `“${id}” could not be opened: ${problem}. The file was left as it is.`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([fs.lstat(a), fs.lstat(b)]);
  return first.dev === second.dev && first.ino === second.ino;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
