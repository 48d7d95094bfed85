import { expect } from 'vitest';
import { HostError } from '../../../core/host/host-error';

/** Awaits `promise`, expecting a HostError with `code` whose message names `file`, if given. */
export async function expectHostError(promise: Promise<unknown>, code: string, file?: string): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HostError);
  const hostError = error as HostError;
  expect(hostError.code).toBe(code);
  if (file) expect(hostError.message).toContain(file);
  return hostError;
}
