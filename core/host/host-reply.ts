import * as z from '../schema/z';
import { HostError, HostErrorShape } from './host-error';

/**
 * What travels back over IPC or HTTP: a value or an error the user can act on.
 * Errors travel as data because Electron's IPC rewrites thrown messages.
 */
export const HostReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: HostErrorShape }),
]);
export type HostReply = z.infer<typeof HostReply>;

/** The value of a reply, or the reply's error thrown as a HostError. */
export function unwrapHostReply(raw: unknown): unknown {
  const reply = HostReply.safeParse(raw);
  if (!reply.success) throw new HostError('internal', 'The app’s host sent a reply it could not read.');
  if (!reply.data.ok) throw new HostError(reply.data.error.code, reply.data.error.message);
  return reply.data.value;
}
