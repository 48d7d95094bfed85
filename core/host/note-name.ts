import * as z from '../schema/z';
import { NOTE_EXTENSION } from '../document/note-format';

// Characters Windows, macOS or Linux refuse in a file name, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A note's id: its file name inside the library folder, e.g. `Weekly brief.brief`.
 * Never a path: the renderer cannot name a file outside the library.
 */
export const NoteId = z.string().check(
  z.minLength(NOTE_EXTENSION.length + 1),
  z.maxLength(255),
  z.refine((id) => id.endsWith(NOTE_EXTENSION), { message: `a note id ends with ${NOTE_EXTENSION}` }),
  z.refine((id) => !FORBIDDEN_CHARACTERS.test(id), { message: 'a note id is a file name, not a path' }),
  z.refine((id) => !id.startsWith('.') && !WINDOWS_RESERVED.test(id), { message: 'a note id must be an ordinary file name' }),
  z.refine((id) => id === id.trim(), { message: 'a note id cannot start or end with spaces' }),
);

/** The file name a user typed for Save As, without the extension. */
export const NoteName = z.string().check(
  z.trim(),
  z.minLength(1, { message: 'Give the note a name.' }),
  z.maxLength(200, { message: 'Use a name of at most 200 characters.' }),
  z.refine((name) => !FORBIDDEN_CHARACTERS.test(name), {
    message: 'A name cannot contain any of < > : " / \\ | ? * or control characters.',
  }),
  z.refine((name) => !name.startsWith('.') && !name.endsWith('.'), { message: 'A name cannot start or end with a dot.' }),
  z.refine((name) => !WINDOWS_RESERVED.test(name), { message: 'That name is reserved by Windows; choose another.' }),
);

/** The note id (file name) for a name the user typed. */
export function noteIdForName(name: string): string {
  return `${name.trim().normalize('NFC')}${NOTE_EXTENSION}`;
}

/** A file-name suggestion from a title: forbidden characters dropped, length capped. */
export function suggestNoteName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(new RegExp(FORBIDDEN_CHARACTERS.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim();
  return cleaned && !WINDOWS_RESERVED.test(cleaned) ? cleaned : 'Untitled note';
}
