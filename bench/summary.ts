import type { BrowserFigures } from './browser-figures';
import type { NodeFigures } from './node-figures';
import { max, median, p95 } from './stats';

export interface FixtureSummary {
  fixture: string;
  keystroke: { p50: number; p95: number; max: number; frameP95: number; bareP50: number; bareP95: number; bareMax: number; bareFrameP95: number; ratioP95: number; ratioFrameP95: number };
  longTasks: { count: number; longestMs: number; bareCount: number };
  opening: { ms: number; bareMs: number; ratio: number };
  heap: { bytes: number; bareBytes: number; ratio: number };
  pageLoad: { ms: number; bareMs: number };
  save: { count: number; p95: number; max: number };
  journal: { count: number; p95: number; max: number };
}

export interface Summary {
  fixtures: FixtureSummary[];
  markdownExportMs: Record<string, number>;
  markdownImportMs: Record<string, number>;
  pdfWarmMs: Record<string, number>;
  pdfColdMs: Record<string, number>;
  seedingMs: number;
  bundleGzipBytes: { js: number; css: number; total: number };
  pageLoadMs: number;
  barePageLoadMs: number;
}

export function summarise(browser: BrowserFigures[], node: NodeFigures | null): Summary {
  const fixtures = [...new Set(browser.map((figures) => figures.fixture))].map((fixture): FixtureSummary => {
    const ours = browser.find((figures) => figures.fixture === fixture && figures.editor === 'ours')!;
    const bare = browser.find((figures) => figures.fixture === fixture && figures.editor === 'bare')!;
    const openingMs = median(ours.openingMs);
    const bareOpeningMs = median(bare.openingMs);
    return {
      fixture,
      keystroke: {
        p50: median(ours.keystrokeDomMs),
        p95: p95(ours.keystrokeDomMs),
        max: max(ours.keystrokeDomMs),
        frameP95: p95(ours.keystrokeFrameMs),
        bareP50: median(bare.keystrokeDomMs),
        bareP95: p95(bare.keystrokeDomMs),
        bareMax: max(bare.keystrokeDomMs),
        bareFrameP95: p95(bare.keystrokeFrameMs),
        ratioP95: p95(ours.keystrokeDomMs) / p95(bare.keystrokeDomMs),
        ratioFrameP95: p95(ours.keystrokeFrameMs) / p95(bare.keystrokeFrameMs),
      },
      longTasks: { count: ours.longTasksWhileTyping.length, longestMs: max(ours.longTasksWhileTyping.map((task) => task.duration)) || 0, bareCount: bare.longTasksWhileTyping.length },
      opening: { ms: openingMs, bareMs: bareOpeningMs, ratio: openingMs / bareOpeningMs },
      heap: { bytes: ours.heapBytes, bareBytes: bare.heapBytes, ratio: ours.heapBytes / bare.heapBytes },
      pageLoad: { ms: ours.pageLoadMs, bareMs: bare.pageLoadMs },
      save: { count: ours.saveMainThreadMs.length, p95: p95(ours.saveMainThreadMs), max: max(ours.saveMainThreadMs) },
      journal: { count: ours.journalMainThreadMs.length, p95: p95(ours.journalMainThreadMs), max: max(ours.journalMainThreadMs) },
    };
  });
  const medians = (record: Record<string, number[]> = {}): Record<string, number> => Object.fromEntries(Object.entries(record).map(([key, values]) => [key, median(values)]));
  const gzip = (pattern: RegExp): number => (node?.bundle ?? []).filter((file) => pattern.test(file.file)).reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    fixtures,
    markdownExportMs: medians(node?.markdownExportMs),
    markdownImportMs: medians(node?.markdownImportMs),
    pdfWarmMs: medians(node?.pdfWarmMs),
    pdfColdMs: node?.pdfColdMs ?? {},
    seedingMs: node ? median(node.seedingMs) : Number.NaN,
    bundleGzipBytes: { js: gzip(/\.js$/), css: gzip(/\.css$/), total: gzip(/./) },
    pageLoadMs: median(browser.filter((figures) => figures.editor === 'ours').map((figures) => figures.pageLoadMs)),
    barePageLoadMs: median(browser.filter((figures) => figures.editor === 'bare').map((figures) => figures.pageLoadMs)),
  };
}
