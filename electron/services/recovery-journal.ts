import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as z from '../../core/schema/z';
import { RecoveryKey } from '../../core/host/contract';
import { HostError } from '../../core/host/host-error';
import { errorCode, isCode, writeFileAtomic } from './atomic-write';

const FORMAT = 'briefing-desk/recovery';
const MAX_TITLE = 500;
const MAX_PREVIEW = 2000;

// Keys are chosen by the renderer, so each is checked again before it becomes a file name.
export { RecoveryKey };

export interface RecoveryEntryInput {
  noteId: string | null;
  /** The etag of the file version the unsaved changes started from, if any. */
  etag?: string | null;
  title: string;
  preview: string;
  note: unknown;
}

export interface RecoverySummary {
  key: string;
  noteId: string | null;
  title: string;
  preview: string;
  /** ISO 8601 time the entry was journaled. */
  savedAt: string;
}

const RecoveryEntryFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  key: RecoveryKey,
  noteId: z.nullable(z.string()),
  etag: z._default(z.nullable(z.string()), null),
  title: z.string().check(z.maxLength(MAX_TITLE)),
  preview: z.string().check(z.maxLength(MAX_PREVIEW)),
  savedAt: z.iso.datetime({ offset: true }),
  // JSON cannot hold undefined: a missing note means the file is not a whole entry.
  note: z.unknown().check(z.refine((note) => note !== undefined)),
});
type RecoveryEntryFile = z.infer<typeof RecoveryEntryFile>;

/**
 * Unsaved edits of open notes, one file per entry, kept so they can be offered
 * back after a crash. Entries are written atomically and removed only when the
 * caller says so (after a successful save or an explicit discard); a damaged
 * entry is skipped or reported, never deleted.
 */
export class RecoveryJournal {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async write(key: string, entry: RecoveryEntryInput): Promise<void> {
    const file = this.pathOf(key);
    if (entry.note === undefined) throw new HostError('invalid-arguments', 'A recovery entry needs the note to keep.');
    const contents: RecoveryEntryFile = {
      format: FORMAT,
      version: 1,
      key,
      noteId: entry.noteId,
      etag: entry.etag ?? null,
      title: truncate(entry.title, MAX_TITLE),
      preview: truncate(entry.preview, MAX_PREVIEW),
      savedAt: this.now().toISOString(),
      note: entry.note,
    };
    try {
      await fs.mkdir(this.folder, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(contents));
    } catch (error) {
      throw new HostError(
        'file-system',
        `Could not keep a recovery copy of “${entry.title || key}” in ${this.folder} (${errorCode(error) ?? 'unknown error'}). Save the note to be sure your edits are kept, and check that folder is writable.`,
      );
    }
  }

  /** Summaries of the readable entries, newest first; damaged entry files are left alone. */
  async list(): Promise<RecoverySummary[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw this.folderError(error);
    }
    const summaries: RecoverySummary[] = [];
    for (const name of names) {
      const key = name.endsWith('.json') ? name.slice(0, -'.json'.length) : undefined;
      if (key === undefined || !RecoveryKey.safeParse(key).success) continue;
      const entry = await this.read(key).catch(() => undefined);
      if (entry) summaries.push(summaryOf(entry));
    }
    return summaries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
  }

  async read(key: string): Promise<RecoverySummary & { etag: string | null; note: unknown }> {
    const file = this.pathOf(key);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) throw new HostError('not-found', `There is no recovery copy “${key}” any more; it may have been restored or discarded already.`);
      throw this.folderError(error);
    }
    const parsed = RecoveryEntryFile.safeParse(parseJson(text));
    if (!parsed.success || parsed.data.key !== key) {
      throw new HostError('invalid-note', `The recovery copy “${key}” is damaged and cannot be restored. It was left as it is in ${this.folder}.`);
    }
    return { ...summaryOf(parsed.data), etag: parsed.data.etag, note: parsed.data.note };
  }

  /** Removes an entry; discarding one that is already gone is not an error. */
  async discard(key: string): Promise<void> {
    const file = this.pathOf(key);
    try {
      await fs.rm(file, { force: true });
    } catch (error) {
      throw this.folderError(error);
    }
  }

  private pathOf(key: string): string {
    if (!RecoveryKey.safeParse(key).success) {
      throw new HostError('invalid-arguments', 'A recovery key must be 1 to 64 letters, digits, “-” or “_”.');
    }
    return path.join(this.folder, `${key}.json`);
  }

  private folderError(error: unknown): HostError {
    return new HostError(
      'file-system',
      `Could not use the recovery folder ${this.folder} (${errorCode(error) ?? 'unknown error'}). Check that it is readable and try again.`,
    );
  }
}

function summaryOf(entry: RecoverySummary): RecoverySummary {
  return { key: entry.key, noteId: entry.noteId, title: entry.title, preview: entry.preview, savedAt: entry.savedAt };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Cutting between the halves of a surrogate pair would leave half an emoji behind.
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
