import * as z from '../schema/z';

/** What went wrong, in terms the renderer can act on. */
export const HostErrorCode = z.enum([
  'invalid-arguments',
  'invalid-result',
  'unknown-call',
  'not-found',
  'already-exists',
  'conflict',
  'read-only',
  'invalid-note',
  'file-system',
  'forbidden',
  /** The user stopped it (an export's Cancel). */
  'cancelled',
  'internal',
]);
export type HostErrorCode = z.infer<typeof HostErrorCode>;

export const HostErrorShape = z.object({ code: HostErrorCode, message: z.string() });

/** An error a host reports to the renderer: `message` is written for the user. */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}
