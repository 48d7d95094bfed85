import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as z from '../../core/schema/z';
import { NoteId } from '../../core/host/note-name';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT_NOTES = 10;

const RecentFile = z.object({ ids: z.array(NoteId) });

/**
 * The notes the user opened or saved most recently, newest first, in `<data folder>/recent.json`.
 * Changes are written one after another; `list()` answers after those already asked for,
 * so a caller need not wait for a change to land before replying to the user.
 */
export class RecentNotes {
  private readonly file: string;
  private changes: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent.json');
  }

  async list(): Promise<string[]> {
    await this.changes;
    return this.read();
  }

  /** Resolves once every change asked for so far is written (or has failed). */
  settled(): Promise<void> {
    return this.changes;
  }

  touch(id: string): Promise<void> {
    return this.change((ids) => [id, ...ids.filter((known) => known !== id)]);
  }

  renamed(from: string, to: string): Promise<void> {
    return this.change((ids) => ids.map((known) => (known === from ? to : known)));
  }

  forget(id: string): Promise<void> {
    return this.change((ids) => ids.filter((known) => known !== id));
  }

  private change(edit: (ids: string[]) => string[]): Promise<void> {
    const done = this.changes.then(async () => this.write(edit(await this.read())));
    this.changes = done.catch(() => {});
    return done;
  }

  private async read(): Promise<string[]> {
    try {
      return RecentFile.parse(JSON.parse(await fs.readFile(this.file, 'utf8'))).ids;
    } catch {
      // Missing or damaged: a convenience list, so start again rather than bother the user.
      return [];
    }
  }

  private async write(ids: string[]): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify({ ids: [...new Set(ids)].slice(0, MAX_RECENT_NOTES) })}\n`);
  }
}
