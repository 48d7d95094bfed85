import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHostServices } from '../../../electron/services/host-services';
import { moveIntoLibraryTrash } from '../../../electron/services/library-trash';
import { freshTempFolder } from './temp-folder';
import { noteTitled } from './note-titled';
import { writeNoteFile } from './temp-library';

describe('the host services', () => {
  it('finish writing the recent-notes list before they stop, so the note opened last reopens', async () => {
    const root = await freshTempFolder();
    const libraryDir = path.join(root, 'library');
    const dataDir = path.join(root, 'data');
    await fs.mkdir(libraryDir);
    await writeNoteFile(libraryDir, 'Visit.brief', noteTitled('Visit'));
    const services = await startHostServices({
      options: { libraryDir, dataDir, port: 0, openBrowser: false },
      host: 'browser',
      moveToTrash: moveIntoLibraryTrash,
      renderPdf: () => Promise.reject(new Error('not in this test')),
      fontDir: root,
    });
    // The reply comes before the list is written; quitting right after it must not lose it.
    await services.handlers['notes.open']({ id: 'Visit.brief' });
    await services.stop();
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'recent.json'), 'utf8'))).toEqual({ ids: ['Visit.brief'] });
  });
});
