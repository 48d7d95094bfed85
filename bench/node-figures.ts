import { chromium } from 'playwright-core';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { noteToMarkdown, markdownToNote } from '../core/export/markdown';
import { noteToPrintHtml } from '../core/export/print';
import { draftFromArticle } from '../core/seeding/draft-from-article';
import { BUILTIN_TEMPLATES } from '../core/templates/builtin-templates';
import { printWithBrowser, exportPdf } from '../electron/services/pdf-export';
import { CHROMIUM } from '../playwright.config';
import type { Fixture } from './fixtures';

export interface NodeFigures {
  /** Per fixture: median ms over the runs (after warm-up). */
  markdownExportMs: Record<string, number[]>;
  markdownImportMs: Record<string, number[]>;
  /** Print HTML + PDF in a running Chromium (warm), per fixture. */
  pdfWarmMs: Record<string, number[]>;
  /** The same with Chromium started for the export, as browser mode does (one run). */
  pdfColdMs: Record<string, number>;
  seedingMs: number[];
  bundle: { file: string; bytes: number; gzipBytes: number }[];
}

async function timed(runs: number, warmups: number, work: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < warmups + runs; index++) {
    const started = performance.now();
    await work();
    if (index >= warmups) times.push(performance.now() - started);
  }
  return times;
}

export async function measureInNode(fixtures: Fixture[], article: string, log: (line: string) => void): Promise<NodeFigures> {
  const figures: NodeFigures = { markdownExportMs: {}, markdownImportMs: {}, pdfWarmMs: {}, pdfColdMs: {}, seedingMs: [], bundle: [] };
  for (const fixture of fixtures.filter((candidate) => candidate.size.name === 'book')) {
    log(`node: Markdown ${fixture.name}`);
    figures.markdownExportMs[fixture.name] = await timed(5, 2, () => noteToMarkdown(fixture.note, { comments: 'footnotes' }));
    const markdown = noteToMarkdown(fixture.note, { comments: 'footnotes' });
    figures.markdownImportMs[fixture.name] = await timed(3, 1, () => {
      const read = markdownToNote(markdown, new Date(), { sources: fixture.note.sources });
      if (!read.ok) throw new Error(read.problem);
    });
  }

  const fontDir = path.resolve('assets/fonts');
  const printed = fixtures.filter((fixture) => fixture.size.name !== 'book');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    for (const fixture of printed) {
      log(`node: PDF ${fixture.name}`);
      figures.pdfWarmMs[fixture.name] = await timed(3, 1, () => printWithBrowser(browser, (fontUrl) => noteToPrintHtml(fixture.note, { pageSize: 'A4', copy: 'clean', fontUrl }), { fontDir }));
    }
  } finally {
    await browser.close();
  }
  for (const fixture of printed.filter((candidate) => candidate.name === '2-page')) {
    const started = performance.now();
    await exportPdf((fontUrl) => noteToPrintHtml(fixture.note, { pageSize: 'A4', copy: 'clean', fontUrl }), { chromiumPath: CHROMIUM, fontDir });
    figures.pdfColdMs[fixture.name] = performance.now() - started;
  }

  log('node: seeding');
  figures.seedingMs = await timed(20, 5, () => {
    const draft = draftFromArticle({ text: article, fileName: 'seed-article.txt' }, BUILTIN_TEMPLATES[0]!, new Date(), (html) => parseHTML(html).document);
    if (!draft.ok) throw new Error(draft.problem);
  });

  const assets = path.resolve('out/renderer/assets');
  for (const file of (await readdir(assets)).filter((name) => /\.(js|css)$/.test(name)).sort()) {
    const bytes = await readFile(path.join(assets, file));
    figures.bundle.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return figures;
}
