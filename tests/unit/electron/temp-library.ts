import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NoteLibrary, type MoveToTrash } from '../../../electron/services/note-library';
import { moveIntoLibraryTrash } from '../../../electron/services/library-trash';
import { freshTempFolder } from './temp-folder';

export interface TempLibrary {
  /** The temp folder holding the library folder, for files "elsewhere". */
  root: string;
  folder: string;
  library: NoteLibrary;
}

/** A library in `<temp>/Briefing Notes` that deletes into its own `.trash`, unless given another trash. */
export async function libraryInTempFolder(moveToTrash: MoveToTrash = moveIntoLibraryTrash): Promise<TempLibrary> {
  const root = await freshTempFolder();
  const folder = path.join(root, 'Briefing Notes');
  await fs.mkdir(folder);
  return { root, folder, library: new NoteLibrary(folder, moveToTrash) };
}

/** Writes `note` as JSON to `folder/id`, as another program would, optionally with a modification time. */
export async function writeNoteFile(folder: string, id: string, note: unknown, modified?: Date): Promise<string> {
  const file = path.join(folder, id);
  await fs.writeFile(file, typeof note === 'string' ? note : JSON.stringify(note));
  if (modified) await fs.utimes(file, modified, modified);
  return file;
}
