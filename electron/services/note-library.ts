import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { NOTE_EXTENSION, NoteFileSchema, type NoteFile } from '../../core/document/note-file';
import { HostError } from '../../core/host/host-error';
import { NoteId, noteIdForName } from '../../core/host/note-name';
import type { HostResult } from '../../core/host/contract';
import { writeFileAtomic, errorCode, isCode } from './atomic-write';

/** Larger files are refused before they are read: no briefing note comes near it. */
export const MAX_NOTE_BYTES = 50 * 1024 * 1024;

type NoteSummary = HostResult<'notes.list'>['notes'][number];

/**
 * The notes in the library folder. Every id is checked to name a file that
 * really lies inside the folder (after resolving links) before it is touched.
 */
export class NoteLibrary {
  constructor(readonly folder: string) {}

  async ensureExists(): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
  }

  async list(): Promise<NoteSummary[]> {
    await this.ensureExists();
    const entries = await fs.readdir(this.folder, { withFileTypes: true });
    const notes: NoteSummary[] = [];
    for (const entry of entries) {
      if (!entry.name.endsWith(NOTE_EXTENSION) || !NoteId.safeParse(entry.name).success) continue;
      const summary = await this.summarize(entry.name).catch(() => undefined);
      if (summary) notes.push(summary);
    }
    return notes.sort((a, b) => b.modified.localeCompare(a.modified));
  }

  async open(id: string): Promise<{ note: NoteFile; etag: string }> {
    const file = await this.pathOf(id, { mustExist: true });
    const bytes = await this.read(file, id);
    return { note: parseNote(bytes, id), etag: etagOf(bytes) };
  }

  async save(id: string, note: NoteFile): Promise<{ etag: string }> {
    const file = await this.pathOf(id, { mustExist: false });
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

  private async summarize(id: string): Promise<NoteSummary> {
    const file = await this.pathOf(id, { mustExist: true });
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new HostError('not-found', `${id} is not a file.`);
    const note = parseNote(await this.read(file, id), id);
    return { id, title: note.title || id.slice(0, -NOTE_EXTENSION.length), modified: stat.mtime.toISOString(), size: stat.size };
  }

  private async write(file: string, id: string, note: NoteFile): Promise<{ etag: string }> {
    const bytes = Buffer.from(`${JSON.stringify(note, null, 2)}\n`, 'utf8');
    await this.ensureExists();
    try {
      await writeFileAtomic(file, bytes);
    } catch (error) {
      throw new HostError('file-system', `Could not save “${id}” (${errorCode(error) ?? 'unknown error'}). Your text is still open in the editor; check the library folder is writable and try again.`);
    }
    return { etag: etagOf(bytes) };
  }

  private async read(file: string, id: string): Promise<Buffer> {
    const stat = await fs.stat(file);
    if (stat.size > MAX_NOTE_BYTES) {
      throw new HostError('invalid-note', `“${id}” is ${Math.round(stat.size / 1024 / 1024)} MB, too large to be a briefing note. It was left as it is.`);
    }
    return fs.readFile(file);
  }

  /** The absolute path for `id`, refused unless it stays inside the library folder. */
  private async pathOf(id: string, { mustExist }: { mustExist: boolean }): Promise<string> {
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
    return real;
  }
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function parseNote(bytes: Buffer, id: string): NoteFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HostError('invalid-note', `“${id}” could not be opened: it is not UTF-8 text, so it is not a Briefing Desk note. The file was left as it is.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HostError('invalid-note', `“${id}” could not be opened: it is not valid JSON, so it may be damaged or cut short. The file was left as it is.`);
  }
  const parsed = NoteFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new HostError('invalid-note', `“${id}” could not be opened: ${issue?.message ?? 'unknown problem'}${where}. The file was left as it is.`);
  }
  return parsed.data;
}

function etagOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
