import { execFileSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteToPrintHtml } from '../../../core/export/print/note-to-print-html';
import { exportPdf } from '../../../electron/services/pdf-export';
import { findChromium } from '../../../electron/services/pdf-chromium';
import { stampPdfMetadata } from '../../../electron/services/pdf-metadata';
import { pdfMetadataFor } from '../../../core/export/print/pdf-metadata';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { cite, citationOf, h, p, printNote, text } from './print-note';

const chromium = findChromium() ?? '/usr/bin/chromium';
const poppler = ['pdftotext', 'pdffonts', 'pdfinfo'].every((tool) => existsSync(`/usr/bin/${tool}`));
const FONT_DIR = path.resolve(import.meta.dirname, '../../../assets/fonts');

const filler = (n: number) =>
  p(text(`${n}. Đoàn công tác do Đại tá Nguyễn Như Cảnh dẫn đầu đã trao đổi kinh nghiệm về gìn giữ hòa bình Liên hợp quốc, huấn luyện, hậu cần và hợp tác khu vực. Các bên nhất trí tiếp tục phối hợp chặt chẽ trong khuôn khổ ADMM-Plus.`));

function twoPageNote() {
  return printNote(
    [
      h(1, 'Purpose'),
      p(text('Col. '), text('Nguyễn Như Cảnh', [{ type: 'bold' }]), text(' co-chaired the meeting with '), text('Japan', [{ type: 'italic' }]), text('.'), cite('c1', 2)),
      h(1, 'Background'),
      ...Array.from({ length: 22 }, (_, i) => filler(i + 1)),
      h(1, 'Recommendation'),
      p(text('That the Director notes the outcome.')),
    ],
    { annotations: [citationOf('c1', 'Col. Nguyễn Như Cảnh, Deputy Director')] },
  );
}

const run = (tool: string, ...args: string[]) => execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' });

describe.skipIf(!existsSync(chromium) || !poppler)('exportPdf (needs Chromium and poppler-utils; skipped when either is missing)', () => {
  let folder = '';
  let pdfFile = '';
  let vietnamFile = '';

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'briefing-pdf-'));
    pdfFile = path.join(folder, 'note.pdf');
    vietnamFile = path.join(folder, 'vietnam.pdf');
    const note = twoPageNote();
    const options = { chromiumPath: chromium, fontDir: FONT_DIR, timeoutMs: 60_000 };
    writeFileSync(pdfFile, await stampPdfMetadata(await exportPdf((fontUrl) => noteToPrintHtml(note, { pageSize: 'A4', copy: 'clean', fontUrl }), options), pdfMetadataFor(note)));
    const vietnamese = { ...note, meta: { ...note.meta, classification: 'Tối mật' } };
    writeFileSync(vietnamFile, await exportPdf((fontUrl) => noteToPrintHtml(vietnamese, { pageSize: 'A4', copy: 'clean', fontUrl, includeSource: false }), options));
  }, 90_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const pageCount = () => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', pdfFile))?.[1]);

  it('prints at least two pages with the title in the document information', () => {
    expect(pageCount()).toBeGreaterThanOrEqual(2);
    expect(run('pdfinfo', pdfFile)).toMatch(/^Title:\s+EWG PKO: 16th meeting$/m);
  });

  it('sets Author, Subject, Keywords and Creator, and stays tagged with its outline', async () => {
    const info = run('pdfinfo', pdfFile);
    expect(info).toMatch(/^Author:\s+Maj\. Tran Thi B$/m);
    expect(info).toMatch(/^Subject:\s+SECRET – EWG PKO: 16th meeting – for Director, Department of Peacekeeping Operations$/m);
    expect(info).toMatch(/^Keywords:\s+SECRET, PKO\/2022\/117, Vietnam News Agency, EWG PKO$/m);
    expect(info).toMatch(/^Creator:\s+Briefing Desk$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const document = await PDFDocument.load(readFileSync(pdfFile), { updateMetadata: false });
    const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
    expect(outlines?.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber(), 'bookmarks from the headings').toBeGreaterThanOrEqual(3);
    expect(document.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
  });

  it('ends with the source article as an annex on a page of its own, paragraphs numbered', () => {
    const pages = pageCount();
    const last = run('pdftotext', '-layout', '-f', String(pages), '-l', String(pages), pdfFile, '-').normalize('NFC');
    expect(last).toContain('Annex A: Source article');
    expect(last).toMatch(/¶2\s+Col\. Nguyễn Như Cảnh, Deputy Director/);
    const before = run('pdftotext', '-layout', '-f', String(pages - 1), '-l', String(pages - 1), pdfFile, '-');
    expect(before).not.toContain('Annex A');
  });

  it('numbers a Vietnamese note’s pages at the top centre from page 2, under Decree 30/2020', () => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', vietnamFile))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= pages; n++) {
      const lines = run('pdftotext', '-layout', '-f', String(n), '-l', String(n), vietnamFile, '-').normalize('NFC').split('\n').filter((line) => line.trim() !== '');
      expect(lines.join('\n'), `page ${n}`).not.toMatch(/Page \d+ of/);
      expect(lines.filter((line) => line.trim() === 'TỐI MẬT'), `page ${n}: banner top and bottom`).toHaveLength(2);
      if (n === 1) expect(lines[0]!.trim(), 'no number on page 1').toBe('TỐI MẬT');
      else expect(lines[0]!.trim(), `page ${n}`).toBe(String(n));
    }
  });

  it('puts the classification banner and "Page X of Y" on every page', () => {
    const pages = pageCount();
    for (let n = 1; n <= pages; n++) {
      const page = run('pdftotext', '-layout', '-f', String(n), '-l', String(n), pdfFile, '-');
      expect(page.match(/SECRET/g)?.length, `page ${n}`).toBeGreaterThanOrEqual(2);
      expect(page).toContain(`Page ${n} of ${pages}`);
    }
  });

  it('extracts Vietnamese text exactly', () => {
    const all = run('pdftotext', '-layout', pdfFile, '-').normalize('NFC');
    expect(all).toContain('Nguyễn Như Cảnh');
    expect(all).toContain('Đoàn công tác');
  });

  const fontsOf = (file: string) => run('pdffonts', file).split('\n').slice(2).filter((row) => row.trim() !== '');

  it('embeds the shipped Noto fonts and no system fallback', () => {
    const rows = fontsOf(pdfFile);
    for (const face of ['NotoSerif-Regular', 'NotoSerif-Bold', 'NotoSerif-Italic']) expect(rows.some((row) => row.includes(face)), face).toBe(true);
    expect(rows.some((row) => row.includes('NotoSans-Regular')), 'page numbers in the margin use Noto Sans').toBe(true);
    for (const row of rows) expect(row, 'every font is one of ours').toMatch(/\+Noto(Serif|Sans)-/);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });

  it('fetches nothing for the page but its own fonts: a note’s image or stylesheet on the network is refused', async () => {
    // Counted as connections: an https request would reach the socket before its TLS failed.
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const hostile = `<link rel="stylesheet" href="${origin}/style.css"><style>@font-face { font-family: X; src: url(${origin}/font.ttf); } p { font-family: X; }</style><img src="${origin}/image.png"><img src="https://print.invalid/fonts/../secret"><p>text</p>`;
      const pdf = await exportPdf(() => hostile, { chromiumPath: chromium, fontDir: FONT_DIR, timeoutMs: 60_000 });
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  }, 60_000);
});
