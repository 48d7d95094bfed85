import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NoteFile } from '../../core/document/note-file';
import { noteToPrintHtml } from '../../core/export/print';
import { noteToMarkdown, type CommentStyle } from '../../core/export/markdown';
import { HostError } from '../../core/host/host-error';
import { writeFileAtomic, errorCode } from './atomic-write';
import { inlineFontUrls } from './pdf-fonts';

/** The library's folder for exported PDFs and HTML files. */
export const EXPORTS_FOLDER = 'exports';

/** Prints self-contained print HTML to PDF: Chromium in browser mode and the CLI, printToPDF in Electron. */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

export interface ExportRequest {
  note: NoteFile;
  name: string;
  format: 'pdf' | 'html' | 'md';
  copy: 'clean' | 'review';
  comments: CommentStyle;
  pageSize: 'A4' | 'Letter';
}

/**
 * Writes a note as a PDF, a self-contained HTML file or Markdown into the
 * library's exports/ folder (replacing an earlier export of the same name) and says where.
 */
export async function exportNote(request: ExportRequest, { libraryDir, fontDir, renderPdf }: { libraryDir: string; fontDir: string; renderPdf: RenderPdf }): Promise<{ file: string }> {
  const relative = path.join(EXPORTS_FOLDER, `${request.name}.${request.format}`);
  let bytes: Uint8Array | string;
  try {
    if (request.format === 'md') {
      bytes = noteToMarkdown(request.note, { comments: request.comments });
    } else {
      const html = noteToPrintHtml(request.note, { pageSize: request.pageSize, copy: request.copy, fontUrl: await inlineFontUrls(fontDir) });
      bytes = request.format === 'pdf' ? await renderPdf(html) : html;
    }
  } catch (error) {
    throw new HostError('file-system', `The ${request.format.toUpperCase()} could not be made: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    await fs.mkdir(path.join(libraryDir, EXPORTS_FOLDER), { recursive: true });
    await writeFileAtomic(path.join(libraryDir, relative), bytes);
  } catch (error) {
    throw new HostError('file-system', `Could not write ${relative} (${errorCode(error) ?? 'unknown error'}). Check the library folder is writable.`);
  }
  return { file: relative };
}
