import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NoteId } from '../../core/host/note-name';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT_NOTES = 10;

const RecentFile = z.object({ ids: z.array(NoteId) });

/** The notes the user opened or saved most recently, newest first, in `<data folder>/recent.json`. */
export class RecentNotes {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent.json');
  }

  async list(): Promise<string[]> {
    try {
      return RecentFile.parse(JSON.parse(await fs.readFile(this.file, 'utf8'))).ids;
    } catch {
      // Missing or damaged: a convenience list, so start again rather than bother the user.
      return [];
    }
  }

  async touch(id: string): Promise<void> {
    await this.write([id, ...(await this.list()).filter((known) => known !== id)]);
  }

  async renamed(from: string, to: string): Promise<void> {
    await this.write((await this.list()).map((known) => (known === from ? to : known)));
  }

  async forget(id: string): Promise<void> {
    await this.write((await this.list()).filter((known) => known !== id));
  }

  private async write(ids: string[]): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify({ ids: [...new Set(ids)].slice(0, MAX_RECENT_NOTES) })}\n`);
  }
}
