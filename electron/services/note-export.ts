import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NoteFile } from '../../core/document/note-file';
import { noteToPrintHtml } from '../../core/export/print';
import { pageNumberingFor } from '../../core/export/print/page-numbering';
import { pdfMetadataFor } from '../../core/export/print/pdf-metadata';
import { noteToMarkdown, type CommentStyle } from '../../core/export/markdown';
import type { ExportStage } from '../../core/host/export-progress';
import { HostError } from '../../core/host/host-error';
import { writeFileAtomic, errorCode } from './atomic-write';
import { inlineFontUrls, type PrintPage } from './pdf-fonts';
import { stampPdfMetadata } from './pdf-metadata';

/** The library's folder for exported PDFs and HTML files. */
export const EXPORTS_FOLDER = 'exports';

/**
 * Prints a note's print page to PDF: Chromium in browser mode and the CLI,
 * printToPDF in Electron, each giving the page the fonts its own way. Stops,
 * rejecting, when `signal` aborts.
 */
export type RenderPdf = (page: PrintPage, signal?: AbortSignal) => Promise<Uint8Array>;

export interface ExportRequest {
  note: NoteFile;
  name: string;
  format: 'pdf' | 'html' | 'md';
  copy: 'clean' | 'review';
  comments: CommentStyle;
  pageSize: 'A4' | 'Letter';
  /** PDF and HTML: the source articles as annexes. */
  includeSource?: boolean;
  /** Replace an earlier export of the same name (a saved note's own); otherwise pick a free name. */
  replace: boolean;
}

export interface ExportContext {
  libraryDir: string;
  fontDir: string;
  renderPdf: RenderPdf;
  /** The app's author name: the PDF's author when the note names no drafter. */
  authorName?: string;
  /** The user's marking scheme: Vietnam's numbers pages its own way. */
  classificationPreset?: string;
  /** Cancels the export: nothing is written once it aborts. */
  signal?: AbortSignal;
  /** Told as the export moves on, for a progress display. */
  onStage?: (stage: ExportStage) => void;
}

/**
 * Writes a note as a PDF, a self-contained HTML file or Markdown into the
 * library's exports/ folder (replacing an earlier export of the same name) and says where.
 */
export async function exportNote(request: ExportRequest, context: ExportContext): Promise<{ file: string }> {
  const { libraryDir, fontDir, renderPdf, signal, onStage } = context;
  const stopIfCancelled = (): void => {
    if (signal?.aborted) throw new HostError('cancelled', 'The export was cancelled; nothing was written.');
  };
  onStage?.('preparing');
  const folder = path.join(libraryDir, EXPORTS_FOLDER);
  await refuseLink(folder);
  const relative = path.join(EXPORTS_FOLDER, await exportName(folder, request));
  await refuseLink(path.join(libraryDir, relative));
  let bytes: Uint8Array | string;
  try {
    if (request.format === 'md') {
      bytes = noteToMarkdown(request.note, { comments: request.comments });
    } else {
      const page: PrintPage = (fontUrl) =>
        noteToPrintHtml(request.note, {
          pageSize: request.pageSize,
          copy: request.copy,
          fontUrl,
          includeSource: request.includeSource ?? true,
          pageNumbering: pageNumberingFor(request.note.meta.classification, context.classificationPreset),
          authorName: context.authorName,
        });
      if (request.format === 'pdf') {
        stopIfCancelled();
        onStage?.('printing');
        bytes = await stampPdfMetadata(await renderPdf(page, signal), pdfMetadataFor(request.note, { authorName: context.authorName }));
      } else {
        // The HTML file stands alone, wherever it is opened: its fonts go inside it.
        bytes = page(await inlineFontUrls(fontDir));
      }
    }
  } catch (error) {
    stopIfCancelled();
    throw new HostError('file-system', `The ${request.format.toUpperCase()} could not be made: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // The last moment a cancel can still keep the file from being written.
  stopIfCancelled();
  onStage?.('writing');
  try {
    await fs.mkdir(folder, { recursive: true });
    await writeFileAtomic(path.join(libraryDir, relative), bytes);
  } catch (error) {
    throw new HostError('file-system', `Could not write ${relative} (${errorCode(error) ?? 'unknown error'}). Check the library folder is writable.`);
  }
  return { file: relative };
}

async function exportName(folder: string, { name, format, replace }: ExportRequest): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = `${n === 1 ? name : `${name} ${n}`}.${format}`;
    if (replace || !(await fs.lstat(path.join(folder, candidate)).then(() => true, () => false))) return candidate;
  }
}

// A link planted in the library (a shared or synced folder) must not send an export elsewhere.
async function refuseLink(file: string): Promise<void> {
  const stat = await fs.lstat(file).catch(() => null);
  if (stat?.isSymbolicLink()) throw new HostError('forbidden', `${path.basename(file)} in the library is a link, so nothing was exported through it. Replace it with an ordinary folder or file.`);
}
