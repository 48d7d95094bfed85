import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryIndex } from '../../../electron/services/library-index';
import { libraryInTempFolder, writeNoteFile } from './temp-library';
import { noteTitled } from './note-titled';

describe('LibraryIndex', () => {
  it('finds what each note says now: edited, added and removed notes alike, though listing does not index', async () => {
    const { folder, library } = await libraryInTempFolder();
    const index = new LibraryIndex(library);
    await writeNoteFile(folder, 'Talks.brief', noteTitled('Talks', 'The talks in Hà Nội ended.'), new Date('2026-01-01'));
    expect(await index.find('ha noi')).toEqual(['Talks.brief']);

    await writeNoteFile(folder, 'Talks.brief', noteTitled('Talks', 'The talks moved to Geneva.'), new Date('2026-01-02'));
    await writeNoteFile(folder, 'Visit.brief', noteTitled('Visit', 'A visit to Hà Nội.'), new Date('2026-01-02'));
    // A listing (what every autosave causes) sees the change without re-indexing yet.
    expect((await index.listings()).map((listing) => listing.id).sort()).toEqual(['Talks.brief', 'Visit.brief']);
    expect(await index.find('geneva')).toEqual(['Talks.brief']);
    expect(await index.find('ha noi')).toEqual(['Visit.brief']);

    await fs.rm(path.join(folder, 'Visit.brief'));
    await index.listings();
    expect(await index.find('ha noi')).toEqual([]);
  });
});
