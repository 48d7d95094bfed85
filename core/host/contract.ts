import { z } from 'zod';
import { NoteFileSchema } from '../document/note-file';
import { NoteId, NoteName } from './note-name';
import { HOST_CALL_NAMES, type HostCallName } from './call-names';

const NoArguments = z.object({}).strict();

/** Identifies the bytes of a note file as last read or written; changes whenever the file does. */
export const Etag = z.string().min(1).max(200);

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  libraryDir: z.string(),
  dataDir: z.string(),
});

export const NoteSummary = z.object({
  id: NoteId,
  title: z.string(),
  modified: z.iso.datetime({ offset: true }),
  size: z.number().int().nonnegative(),
});

export const OpenedNote = z.object({ id: NoteId, note: NoteFileSchema, etag: Etag });
export const SavedNote = z.object({ id: NoteId, etag: Etag });

/**
 * The host contract: every call the renderer may make, with the schema of its
 * arguments and of its result. Both hosts (Electron main, browser mode)
 * validate each call against it on receipt.
 */
export const hostContract = {
  'app.info': { args: NoArguments, result: AppInfo },
  'notes.list': { args: NoArguments, result: z.object({ notes: z.array(NoteSummary) }) },
  'notes.open': { args: z.object({ id: NoteId }).strict(), result: OpenedNote },
  'notes.save': { args: z.object({ id: NoteId, note: NoteFileSchema }).strict(), result: SavedNote },
  'notes.saveAs': {
    args: z.object({ name: NoteName, note: NoteFileSchema, overwrite: z.boolean().default(false) }).strict(),
    result: SavedNote,
  },
} as const satisfies Record<HostCallName, { args: z.ZodType; result: z.ZodType }>;

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
