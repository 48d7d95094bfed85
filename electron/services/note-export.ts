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
  /** Replace an earlier export of the same name (a saved note's own); otherwise pick a free name. */
  replace: boolean;
}

/**
 * Writes a note as a PDF, a self-contained HTML file or Markdown into the
 * library's exports/ folder (replacing an earlier export of the same name) and says where.
 */
export async function exportNote(request: ExportRequest, { libraryDir, fontDir, renderPdf }: { libraryDir: string; fontDir: string; renderPdf: RenderPdf }): Promise<{ file: string }> {
  const folder = path.join(libraryDir, EXPORTS_FOLDER);
  await refuseLink(folder);
  const relative = path.join(EXPORTS_FOLDER, await exportName(folder, request));
  await refuseLink(path.join(libraryDir, relative));
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
