import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createEmptyNote } from '../../../core/document/note-format';
import { HostError } from '../../../core/host/host-error';
import { exportNote, type ExportRequest } from '../../../electron/services/note-export';
import { freshTempFolder } from './temp-folder';

const request = (patch: Partial<ExportRequest> = {}): ExportRequest => ({
  note: createEmptyNote(new Date('2026-11-28T00:00:00Z')),
  name: 'Weekly',
  format: 'md',
  copy: 'clean',
  comments: 'none',
  pageSize: 'A4',
  replace: false,
  ...patch,
});
const onePagePdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf.save();
};
const deps = (libraryDir: string) => ({ libraryDir, fontDir: path.resolve('assets/fonts'), renderPdf: onePagePdf });

describe('exportNote', () => {
  it('writes into exports/, replacing a saved note’s own export but never with a draft’s', async () => {
    const library = await freshTempFolder();
    expect(await exportNote(request({ replace: true }), deps(library))).toEqual({ file: path.join('exports', 'Weekly.md') });
    expect(await exportNote(request({ replace: true }), deps(library))).toEqual({ file: path.join('exports', 'Weekly.md') });
    expect(await exportNote(request({ replace: false }), deps(library))).toEqual({ file: path.join('exports', 'Weekly 2.md') });
    expect((await fs.readdir(path.join(library, 'exports'))).sort()).toEqual(['Weekly 2.md', 'Weekly.md']);
  });

  it('writes a self-contained HTML file and a PDF through the given engine', async () => {
    const library = await freshTempFolder();
    await exportNote(request({ format: 'html' }), deps(library));
    expect(await fs.readFile(path.join(library, 'exports', 'Weekly.html'), 'utf8')).toContain('data:font/ttf;base64,');
    await exportNote(request({ format: 'pdf' }), deps(library));
    expect((await fs.readFile(path.join(library, 'exports', 'Weekly.pdf'), 'latin1')).startsWith('%PDF')).toBe(true);
  });

  it('refuses to export through a link planted in the library', async () => {
    const library = await freshTempFolder();
    const elsewhere = await freshTempFolder();
    await fs.symlink(elsewhere, path.join(library, 'exports'));
    await expect(exportNote(request(), deps(library))).rejects.toBeInstanceOf(HostError);
    expect(await fs.readdir(elsewhere)).toEqual([]);
  });
});
