import { promises as fs } from 'node:fs';
import path from 'node:path';
import { markdownToNote } from '../../core/export/markdown';
import { writeFileAtomic } from '../services/atomic-write';
import { MAX_NOTE_BYTES } from '../services/note-library';
import { outputFor, type ExportOutcome } from './export-command';
import { OutputGuard } from './output-guard';

/** `briefing import`: Markdown files to notes (front matter → metadata); each failure named, the others go on. */
export async function importCommand({ inputs, output, outDir, force }: { inputs: string[]; output: string | undefined; outDir: string | undefined; force: boolean }): Promise<ExportOutcome> {
  const outcome: ExportOutcome = { written: [], failures: [] };
  const guard = new OutputGuard(force);
  for (const input of inputs) {
    try {
      const target = outputFor(input, { output, outDir, to: 'brief' });
      await guard.claim(input, target);
      const stat = await fs.stat(input).catch(() => null);
      if (!stat?.isFile()) throw new Error('no such file.');
      if (stat.size > MAX_NOTE_BYTES) throw new Error('too large to import.');
      const reading = markdownToNote(await fs.readFile(input, 'utf8'), new Date());
      if (!reading.ok) throw new Error(reading.problem);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, `${JSON.stringify(reading.note, null, 2)}\n`);
      outcome.written.push(target);
    } catch (error) {
      outcome.failures.push(`${input}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return outcome;
}
