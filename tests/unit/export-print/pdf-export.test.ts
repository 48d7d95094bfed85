import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteToPrintHtml } from '../../../core/export/print/note-to-print-html';
import { exportPdf } from '../../../electron/services/pdf-export';
import { findChromium } from '../../../electron/services/pdf-chromium';
import { inlineFontUrls } from '../../../electron/services/pdf-fonts';
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
      p(text('Col. '), text('Nguyễn Như Cảnh', [{ type: 'bold' }]), text(' co-chaired the meeting with Japan.'), cite('c1', 2)),
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

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'briefing-pdf-'));
    pdfFile = path.join(folder, 'note.pdf');
    const html = noteToPrintHtml(twoPageNote(), { pageSize: 'A4', copy: 'clean', fontUrl: await inlineFontUrls(FONT_DIR) });
    writeFileSync(pdfFile, await exportPdf(html, { chromiumPath: chromium, timeoutMs: 60_000 }));
  }, 90_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const pageCount = () => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', pdfFile))?.[1]);

  it('prints at least two pages with the title in the document information', () => {
    expect(pageCount()).toBeGreaterThanOrEqual(2);
    expect(run('pdfinfo', pdfFile)).toMatch(/^Title:\s+EWG PKO: 16th meeting$/m);
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

  it('embeds the shipped Noto fonts and no system fallback', () => {
    const rows = run('pdffonts', pdfFile).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows.some((row) => row.includes('NotoSerif-Regular'))).toBe(true);
    expect(rows.some((row) => row.includes('NotoSans-Regular')), 'page numbers in the margin use Noto Sans').toBe(true);
    for (const row of rows) expect(row, 'every font is one of ours').toMatch(/\+Noto(Serif|Sans)-/);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });
});
