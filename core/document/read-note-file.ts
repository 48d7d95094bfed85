import type * as z from '../schema/z';
import { NoteFileSchema, type NoteFile } from './note-file';
import { NOTE_FORMAT, NOTE_VERSION } from './note-format';
import { NOTE_MIGRATIONS } from './note-migrations';
import { markChecked } from './checked-note';

export type NoteReading =
  | { ok: true; note: NoteFile; readOnly: false; migratedFrom: number | null }
  | { ok: true; note: NoteFile; readOnly: true; notice: string }
  | { ok: false; problem: string };

/**
 * Reads the text of a `.brief` file: parses, migrates older versions, checks
 * the result. A file from a newer Briefing Desk is shown read-only when it
 * still fits today's schema. Never throws: a bad file gives a `problem`
 * written for the user ("it is not valid JSON…").
 */
export function readNoteFile(text: string): NoteReading {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'it is not valid JSON, so it may be damaged or cut short' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: 'it does not hold a Briefing Desk note' };
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== NOTE_FORMAT) return { ok: false, problem: `it is not a Briefing Desk note (its format is ${describe(format)})` };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: `its version (${describe(version)}) is not one Briefing Desk has written` };
  }
  if (version > NOTE_VERSION) return readNewer(json, version);

  let current: unknown = json;
  for (let step = version; step < NOTE_VERSION; step++) {
    const migrate = NOTE_MIGRATIONS[step];
    if (!migrate) return { ok: false, problem: `there is no way to read version ${step} notes` };
    try {
      current = migrate(current);
    } catch (error) {
      return { ok: false, problem: `it claims to be a version ${version} note but is not one (${firstIssue(error)})` };
    }
  }
  const parsed = NoteFileSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problem: firstIssue(parsed.error) };
  return { ok: true, note: markChecked(parsed.data), readOnly: false, migratedFrom: version === NOTE_VERSION ? null : version };
}

function readNewer(json: object, version: number): NoteReading {
  const parsed = NoteFileSchema.safeParse({ ...json, version: NOTE_VERSION });
  const newer = `it was written by a newer Briefing Desk (file version ${version}; this app knows up to ${NOTE_VERSION})`;
  if (!parsed.success) return { ok: false, problem: `${newer} and cannot be shown. Update Briefing Desk to open it` };
  return { ok: true, note: markChecked(parsed.data), readOnly: true, notice: `${newer}, so it is open read-only and will not be changed` };
}

function firstIssue(error: unknown): string {
  const issue = (error as z.core.$ZodError | undefined)?.issues?.[0];
  if (!issue) return 'its contents are not as expected';
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${where}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
