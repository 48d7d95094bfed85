import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NOTE_EXTENSION } from '../../core/document/note-file';
import { NoteId } from '../../core/host/note-name';
import { MAX_NOTE_BYTES, isInside, type NoteLibrary } from '../services/note-library';

/** The `.brief` files named on a command line (Electron's and Chromium's own switches skipped). */
export function notePathsIn(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(NOTE_EXTENSION)).map((arg) => path.resolve(cwd, arg));
}

/**
 * The library id under which to open a note file the user gave the app: its own
 * name when it is already in the library, otherwise a copy imported into it.
 */
export async function libraryIdFor(file: string, library: NoteLibrary): Promise<string> {
  const real = await fs.realpath(file);
  const folder = await fs.realpath(library.folder);
  if (isInside(folder, real) && path.dirname(real) === folder && NoteId.safeParse(path.basename(real)).success) return path.basename(real);
  const { size } = await fs.stat(real);
  if (size > MAX_NOTE_BYTES) throw new Error(`${path.basename(file)} is too large to be a briefing note.`);
  const { id } = await library.import(path.basename(real), await fs.readFile(real, 'utf8'));
  return id;
}
