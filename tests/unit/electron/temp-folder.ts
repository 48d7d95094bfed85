import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh, empty folder under the OS temp folder, removed when the calling test finishes. */
export async function freshTempFolder(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'briefing-desk-test-'));
  onTestFinished(() => fs.rm(folder, { recursive: true, force: true }));
  return folder;
}

/** Names in `folder` that look like writeFileAtomic's temp files. */
export async function leftoverTempFiles(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'));
}
