import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_NOTES, RecentNotes } from '../../../electron/services/recent-notes';
import { freshTempFolder } from './temp-folder';

describe('RecentNotes', () => {
  it('keeps the most recent first, each once, at most ten', async () => {
    const recent = new RecentNotes(await freshTempFolder());
    for (let n = 1; n <= 12; n++) await recent.touch(`Note ${n}.brief`);
    await recent.touch('Note 5.brief');
    const ids = await recent.list();
    expect(ids).toHaveLength(MAX_RECENT_NOTES);
    expect(ids.slice(0, 3)).toEqual(['Note 5.brief', 'Note 12.brief', 'Note 11.brief']);
  });

  it('starts again from a damaged file instead of failing', async () => {
    const dataDir = await freshTempFolder();
    await fs.writeFile(path.join(dataDir, 'recent.json'), '{"ids": ["../../etc/passwd"]}');
    const recent = new RecentNotes(dataDir);
    expect(await recent.list()).toEqual([]);
    await recent.touch('Fine.brief');
    expect(await recent.list()).toEqual(['Fine.brief']);
  });

  it('lists changes asked for but not yet written, in the order asked, without losing one', async () => {
    const dataDir = await freshTempFolder();
    const recent = new RecentNotes(dataDir);
    // Not awaited, as the host does when it replies to "open" before the list is on disk.
    void recent.touch('A.brief');
    void recent.touch('B.brief');
    void recent.renamed('A.brief', 'Alpha.brief');
    void recent.touch('C.brief');
    void recent.forget('B.brief');
    expect(await recent.list()).toEqual(['C.brief', 'Alpha.brief']);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'recent.json'), 'utf8'))).toEqual({ ids: ['C.brief', 'Alpha.brief'] });
  });
});
