import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NOTE_EXTENSION } from '../../core/document/note-format';
import { NoteId } from '../../core/host/note-name';
import { isNoteMarkdown, markdownToNote } from '../../core/export/markdown';
import { readArticleBytes } from '../../core/article/read-article-bytes';
import { MAX_NOTE_BYTES, isInside, type NoteLibrary } from '../services/note-library';

const OPENABLE = /\.(brief|md|markdown)$/i;
const MARKDOWN = /\.(md|markdown)$/i;

/** The note files (`.brief`, or Markdown exported as a note) named on a command line; Electron's and Chromium's own switches skipped. */
export function notePathsIn(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && OPENABLE.test(arg)).map((arg) => path.resolve(cwd, arg));
}

/**
 * The library id under which to open a note file the user gave the app: its own
 * name when it is already in the library, otherwise a copy imported into it
 * (Markdown with a note's front matter becomes a `.brief` note).
 */
export async function libraryIdFor(file: string, library: NoteLibrary): Promise<string> {
  const real = await fs.realpath(file);
  const folder = await fs.realpath(library.folder);
  if (isInside(folder, real) && path.dirname(real) === folder && NoteId.safeParse(path.basename(real)).success) return path.basename(real);
  const { size } = await fs.stat(real);
  if (size > MAX_NOTE_BYTES) throw new Error(`${path.basename(file)} is too large to be a briefing note.`);
  const bytes = await fs.readFile(real);
  if (!MARKDOWN.test(real)) return (await library.import(path.basename(real), bytes.toString('utf8'))).id;
  // Markdown is decoded as a dropped file is: UTF-8, UTF-16 or a Windows code page, detected.
  const decoded = readArticleBytes(new Uint8Array(bytes), 'auto', path.basename(real));
  if (!decoded.ok) throw new Error(`${path.basename(file)}: ${decoded.problem}`);
  const content = decoded.text;
  if (!isNoteMarkdown(content)) throw new Error(`${path.basename(file)} is Markdown without a note's front matter: use “Import article…” to draft a note from it.`);
  const reading = markdownToNote(content, new Date());
  if (!reading.ok) throw new Error(`${path.basename(file)} could not be opened as a note: ${reading.problem}`);
  const name = `${path.basename(real).replace(MARKDOWN, '')}${NOTE_EXTENSION}`;
  return (await library.import(name, `${JSON.stringify(reading.note, null, 2)}\n`)).id;
}
