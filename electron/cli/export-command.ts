import { promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readNoteFile } from '../../core/document/read-note-file';
import { noteToPrintHtml } from '../../core/export/print';
import { pdfMetadataFor } from '../../core/export/print/pdf-metadata';
import { noteToMarkdown, type CommentStyle } from '../../core/export/markdown';
import { writeFileAtomic } from '../services/atomic-write';
import { MAX_NOTE_BYTES } from '../services/note-library';
import { CHROMIUM_ARGS, printWithBrowser } from '../services/pdf-export';
import { requireChromium } from '../services/pdf-chromium';
import { inlineFontUrls, type FontUrl, type PrintPage } from '../services/pdf-fonts';
import { stampPdfMetadata } from '../services/pdf-metadata';
import { OutputGuard } from './output-guard';

export interface ExportOptions {
  inputs: string[];
  to: 'pdf' | 'html' | 'md';
  output: string | undefined;
  outDir: string | undefined;
  /** PDF/HTML: none or endnotes; Markdown: none, footnotes or critic. */
  comments: 'none' | 'endnotes' | 'footnotes' | 'critic';
  pageSize: 'A4' | 'Letter';
  /** PDF and HTML: the source articles as annexes. */
  includeSource: boolean;
  chromium: string | undefined;
  force: boolean;
  env: Readonly<Record<string, string | undefined>>;
  fontDir: string;
  /** Stops the run: the print in progress is closed, its file and the rest are not written. */
  signal?: AbortSignal;
}

const MARKDOWN_COMMENTS: Record<ExportOptions['comments'], CommentStyle> = { none: 'none', endnotes: 'footnotes', footnotes: 'footnotes', critic: 'criticmarkup' };

export interface ExportOutcome {
  written: string[];
  failures: string[];
}

/**
 * `briefing export`: each note to PDF or HTML. One browser serves every PDF of
 * the run; a file that fails is reported by name and the others go on.
 */
export async function exportCommand(options: ExportOptions): Promise<ExportOutcome> {
  const outcome: ExportOutcome = { written: [], failures: [] };
  const guard = new OutputGuard(options.force);
  // The HTML files stand alone, wherever they are opened: their fonts go inside them.
  let inlineFonts: Promise<FontUrl> | undefined;
  let browser: Promise<Browser> | undefined;
  const openBrowser = (): Promise<Browser> =>
    (browser ??= chromium.launch({ executablePath: options.chromium ?? requireChromium(options.env as NodeJS.ProcessEnv), args: CHROMIUM_ARGS }));
  try {
    for (const input of options.inputs) {
      if (options.signal?.aborted) {
        outcome.failures.push(`${input}: not exported, the export was interrupted.`);
        continue;
      }
      try {
        const target = outputFor(input, options);
        await guard.claim(input, target);
        const note = await readNote(input);
        let bytes: string | Uint8Array;
        if (options.to === 'md') {
          bytes = noteToMarkdown(note, { comments: MARKDOWN_COMMENTS[options.comments] });
        } else {
          const page: PrintPage = (fontUrl) => noteToPrintHtml(note, { pageSize: options.pageSize, copy: options.comments === 'none' ? 'clean' : 'review', fontUrl, includeSource: options.includeSource });
          bytes =
            options.to === 'pdf'
              ? await stampPdfMetadata(await printWithBrowser(await openBrowser(), page, { fontDir: options.fontDir, signal: options.signal }), pdfMetadataFor(note))
              : page(await (inlineFonts ??= inlineFontUrls(options.fontDir)));
        }
        options.signal?.throwIfAborted();
        await fs.mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, bytes);
        outcome.written.push(target);
      } catch (error) {
        if (options.signal?.aborted) outcome.failures.push(`${input}: not exported, the export was interrupted.`);
        else outcome.failures.push(`${input}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  } finally {
    await (await browser?.catch(() => undefined))?.close().catch(() => undefined);
  }
  return outcome;
}

export async function readNote(file: string) {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new Error('no such note file.');
  if (stat.size > MAX_NOTE_BYTES) throw new Error('too large to be a briefing note.');
  const reading = readNoteFile(await fs.readFile(file, 'utf8'));
  if (!reading.ok) throw new Error(`${reading.problem}.`);
  return reading.note;
}

/** -o for a single note; --out-dir keeps each base name; otherwise next to the note. */
export function outputFor(input: string, { output, outDir, to }: { output: string | undefined; outDir: string | undefined; to: string }): string {
  if (output) return path.resolve(output);
  const name = `${path.basename(input).replace(/\.(brief|md|markdown)$/i, '')}.${to}`;
  return path.resolve(outDir ?? path.dirname(input), name);
}
