import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Where a CLI run may write: never over its own input, never twice to one
 * file in a run, and never over an existing file unless told to (--force).
 */
export class OutputGuard {
  private readonly claimed = new Set<string>();

  constructor(private readonly force: boolean) {}

  async claim(input: string, target: string): Promise<void> {
    const resolved = path.resolve(target);
    if (resolved === path.resolve(input)) throw new Error(`writing ${path.basename(target)} would replace the file being read.`);
    if (this.claimed.has(resolved)) throw new Error(`another input in this run also writes ${target}; give them different names.`);
    const exists = await fs.lstat(resolved).then(
      () => true,
      () => false,
    );
    if (exists && !this.force) throw new Error(`${target} already exists; use --force to replace it.`);
    this.claimed.add(resolved);
  }
}
