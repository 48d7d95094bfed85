import { promises as fs, constants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const NEW_FILE_MODE = 0o600;
const RETRYABLE = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN']);
const RETRY_DELAYS_MS = [20, 50, 100, 200, 400, 800];

/**
 * Replaces `target` with `data` so that, whatever happens, the file holds
 * either its old bytes or all the new ones: temp file in the same folder,
 * fsync, rename over the target, fsync the folder. A symlink is written
 * through to its target; the target's permissions are kept. A dangling
 * symlink is replaced by a plain file (its target is never created).
 * New files are readable by their owner only: notes may be sensitive.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const destination = await resolveSymlink(target);
  const folder = path.dirname(destination);
  const mode = await existingMode(destination);
  const temp = path.join(folder, `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode ?? NEW_FILE_MODE);
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withRetries(() => fs.rename(temp, destination));
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(folder);
}

async function resolveSymlink(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return target;
    throw error;
  }
}

async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

// Windows cannot open a folder for fsync; its rename is already durable enough there.
// Some network and FUSE file systems refuse a folder fsync: the file is in place by
// then, so that refusal must not make a finished save look failed.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EPERM', 'EACCES']);

async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  }
}

// Antivirus scanners and sync clients briefly lock files on Windows and macOS.
async function withRetries(operation: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !RETRYABLE.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function isCode(error: unknown, code: string): boolean {
  return errorCode(error) === code;
}
