import type * as z from '../schema/z';
import { hostContract, isHostCall, type HostCall, type HostHandlers } from './contract';
import { HostError } from './host-error';
import type { HostReply } from './host-reply';

/** Reports a failure the user never sees the details of (a bug, not a bad input). */
export type UnexpectedErrorReporter = (call: string, error: unknown) => void;

/**
 * Runs one call received from the renderer: checks the name and the
 * arguments against the contract, runs the handler, checks its result.
 * Never throws: every outcome is a reply.
 */
export async function dispatchHostCall(
  handlers: HostHandlers,
  call: string,
  rawArgs: unknown,
  reportUnexpected: UnexpectedErrorReporter = () => {},
): Promise<HostReply> {
  if (!isHostCall(call)) return failure(new HostError('unknown-call', `The app asked for “${call}”, which this host does not offer.`));
  const args = hostContract[call].args.safeParse(rawArgs ?? {});
  if (!args.success) {
    return failure(new HostError('invalid-arguments', `The request “${call}” was refused: ${describeIssues(args.error)}.`));
  }
  try {
    const value = await runHandler(handlers, call, args.data);
    const result = hostContract[call].result.safeParse(value);
    if (!result.success) {
      reportUnexpected(call, result.error);
      return failure(new HostError('invalid-result', `The host produced an unexpected answer to “${call}”.`));
    }
    return { ok: true, value: result.data };
  } catch (error) {
    if (error instanceof HostError) return failure(error);
    reportUnexpected(call, error);
    return failure(new HostError('internal', `Something went wrong while running “${call}”. Try again; if it keeps failing, restart the app.`));
  }
}

function runHandler(handlers: HostHandlers, call: HostCall, args: unknown): Promise<unknown> {
  const handler = handlers[call] as (validated: unknown) => Promise<unknown>;
  return handler(args);
}

function failure(error: HostError): HostReply {
  return { ok: false, error: { code: error.code, message: error.message } };
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
