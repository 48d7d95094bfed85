import * as z from '../schema/z';
import { NoteFileSchema } from '../document/note-file';
import { CheckedNoteFile } from '../document/checked-note';
import { NoteId, NoteName } from './note-name';
import { HOST_CALL_NAMES, type HostCallName } from './call-names';
import { Settings, SettingsPatch } from './settings';
import { BriefingTemplateSchema } from '../templates/briefing-template';
import { EXPORT_JOB_ID } from './export-progress';

const NoArguments = z.strictObject({});
const Done = z.strictObject({});

/** Identifies the bytes of a note file as last read or written; changes whenever the content does. */
export const Etag = z.string().check(z.minLength(1), z.maxLength(200));

/** Names one export while it runs, so it can be followed and cancelled. */
export const ExportJobId = z.string().check(z.regex(EXPORT_JOB_ID, { message: 'an export job id is 1–64 letters, digits, _ or -' }));

/** Names one recovery-journal entry: one per open editor, made by the renderer. */
export const RecoveryKey = z.string().check(z.regex(/^[a-zA-Z0-9_-]{1,64}$/, { message: 'a recovery key is 1–64 letters, digits, _ or -' }));

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  libraryDir: z.string(),
  dataDir: z.string(),
  /** The operating system's name for the user: the default author of comments. */
  userName: z.string(),
});

/** One entry of the library: a readable note, or a file that cannot be opened and says why. */
export const NoteListing = z.object({
  id: NoteId,
  title: z.string(),
  classification: z.string(),
  date: z.nullable(z.string()),
  modified: z.iso.datetime({ offset: true }),
  size: z.int().check(z.nonnegative()),
  problem: z.optional(z.string()),
});

export const OpenedNote = z.object({
  id: NoteId,
  note: CheckedNoteFile,
  etag: Etag,
  readOnly: z.boolean(),
  notice: z.optional(z.string()),
});
export const SavedNote = z.object({ id: NoteId, etag: Etag });

const RecoverySummary = z.object({
  key: RecoveryKey,
  noteId: z.nullable(NoteId),
  title: z.string(),
  preview: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
});

/**
 * The host contract: every call the renderer may make, with the schema of its
 * arguments and of its result. Both hosts (Electron main, browser mode)
 * validate each call against it on receipt.
 */
export const hostContract = {
  'app.info': { args: NoArguments, result: AppInfo },
  'notes.list': {
    args: NoArguments,
    /** `recent`: the notes opened or saved most recently, newest first (only ones still in the library). */
    result: z.object({ notes: z.array(NoteListing), recent: z.array(NoteId) }),
  },
  'notes.search': { args: z.strictObject({ query: z.string().check(z.maxLength(500)) }), result: z.object({ ids: z.array(NoteId) }) },
  'notes.open': { args: z.strictObject({ id: NoteId }), result: OpenedNote },
  /** The file's etag only: enough to tell whether it changed, without carrying the note across. */
  'notes.etag': { args: z.strictObject({ id: NoteId }), result: z.object({ etag: Etag }) },
  'notes.save': {
    args: z.strictObject({
        id: NoteId,
        note: NoteFileSchema,
        /** The etag of the version this edit started from; null for a note never read from this file. */
        etag: z.nullable(Etag),
        /** Replace the file even if it changed on disk ("keep mine"). */
        overwriteChanges: z._default(z.boolean(), false),
        /** The journal entry to drop once the note is safely on disk. */
        journalKey: z.optional(RecoveryKey),
      }),
    result: SavedNote,
  },
  'notes.saveAs': {
    args: z.strictObject({ name: NoteName, note: NoteFileSchema, overwrite: z._default(z.boolean(), false), journalKey: z.optional(RecoveryKey) }),
    result: SavedNote,
  },
  'notes.rename': { args: z.strictObject({ id: NoteId, name: NoteName }), result: z.object({ id: NoteId }) },
  'notes.duplicate': { args: z.strictObject({ id: NoteId }), result: z.object({ id: NoteId }) },
  'notes.delete': { args: z.strictObject({ id: NoteId }), result: Done },
  'notes.import': {
    args: z.strictObject({ fileName: z.string().check(z.minLength(1), z.maxLength(255)), content: z.string().check(z.maxLength(50 * 1024 * 1024)) }),
    result: z.object({ id: NoteId }),
  },
  'recovery.write': {
    args: z.strictObject({
        key: RecoveryKey,
        noteId: z.nullable(NoteId),
        /** The etag of the file version the unsaved changes started from. */
        etag: z.nullable(Etag),
        title: z.string().check(z.maxLength(500)),
        preview: z.string().check(z.maxLength(2000)),
        note: NoteFileSchema,
      }),
    result: Done,
  },
  'recovery.list': { args: NoArguments, result: z.object({ entries: z.array(RecoverySummary) }) },
  'recovery.read': { args: z.strictObject({ key: RecoveryKey }), result: z.extend(RecoverySummary, { etag: z.nullable(Etag), note: CheckedNoteFile }) },
  'recovery.discard': { args: z.strictObject({ key: RecoveryKey }), result: Done },
  'settings.get': {
    args: NoArguments,
    /** `brokenFile`: the settings file that could not be read (its defaults are in use; it is moved aside on the next change). */
    result: z.object({ settings: Settings, notice: z.optional(z.string()), brokenFile: z.optional(z.string()) }),
  },
  'settings.set': { args: z.strictObject({ settings: SettingsPatch }), result: z.object({ settings: Settings }) },
  'export.note': {
    args: z.strictObject({
        note: NoteFileSchema,
        /** The exported file's name, without extension. */
        name: NoteName,
        format: z.enum(['pdf', 'html', 'md']),
        /** PDF and HTML: a clean copy, or a review copy with comments as endnotes. */
        copy: z._default(z.enum(['clean', 'review']), 'clean'),
        /** Markdown: comments left out, as footnotes, or as CriticMarkup. */
        comments: z._default(z.enum(['none', 'footnotes', 'criticmarkup']), 'none'),
        pageSize: z._default(z.enum(['A4', 'Letter']), 'A4'),
        /** PDF and HTML: append the source articles as annexes, paragraphs numbered as the citations give them. */
        includeSource: z._default(z.boolean(), true),
        /** Names this export for `export.cancel` and for its `export.progress` events; without one it cannot be cancelled. */
        jobId: z.optional(ExportJobId),
        /** Replace an earlier export of the same name (the saved note's own); otherwise a free name is chosen. */
        replace: z._default(z.boolean(), false),
      }),
    /** Where the export was written, relative to the library folder (exports/NAME.pdf). A cancelled export fails with code `cancelled`. */
    result: z.object({ file: z.string() }),
  },
  'export.cancel': {
    args: z.strictObject({ jobId: ExportJobId }),
    /** `cancelled` is false when no such export was running (finished, or not arrived yet: it will start cancelled). The export call's own reply says how it ended. */
    result: z.object({ cancelled: z.boolean() }),
  },
  'templates.list': {
    args: NoArguments,
    /** The built-in templates, then the user's from the library's templates/ folder; broken files as problems. */
    result: z.object({ templates: z.array(BriefingTemplateSchema), problems: z.array(z.object({ file: z.string(), problem: z.string() })) }),
  },
} as const satisfies Record<HostCallName, { args: z.ZodMiniType; result: z.ZodMiniType }>;

export type HostCall = keyof typeof hostContract;
export type HostArgs<C extends HostCall> = z.input<(typeof hostContract)[C]['args']>;
export type HostResult<C extends HostCall> = z.output<(typeof hostContract)[C]['result']>;

/** What a host implements: one async function per call, given validated arguments. */
export type HostHandlers = {
  [C in HostCall]: (args: z.output<(typeof hostContract)[C]['args']>) => Promise<HostResult<C>>;
};

/** What the renderer calls: the same functions, seen from the other side of the boundary. */
export type Host = {
  [C in HostCall]: (args: HostArgs<C>) => Promise<HostResult<C>>;
};

export const hostCalls: readonly HostCall[] = HOST_CALL_NAMES;

export function isHostCall(name: string): name is HostCall {
  return Object.hasOwn(hostContract, name);
}
