import { format, type Miss } from './budgets';
import type { Summary } from './summary';

const ms = (value: number): string => (Number.isFinite(value) ? `${format(value)} ms` : '—');
const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The figures as Markdown tables: printed by the runner and pasted into docs/performance.md. */
export function summaryTables(summary: Summary): string {
  const editor = markdownTable(
    ['Fixture', 'Keystroke p50 / p95 / max', 'Bare p50 / p95 / max', 'p95 ratio', 'Next frame p95 (bare)', 'Long tasks typing', 'Opening (bare)', 'Opening ratio', 'Heap (bare)', 'Heap ratio', 'Save / journal p95'],
    summary.fixtures.map(({ fixture, keystroke: k, longTasks, opening, heap, save, journal }) => [
      fixture,
      `${format(k.p50)} / ${format(k.p95)} / ${format(k.max)} ms`,
      `${format(k.bareP50)} / ${format(k.bareP95)} / ${format(k.bareMax)} ms`,
      ratio(k.ratioP95),
      `${ms(k.frameP95)} (${ms(k.bareFrameP95)})`,
      longTasks.count ? `${longTasks.count} (longest ${ms(longTasks.longestMs)})` : '0',
      `${ms(opening.ms)} (${ms(opening.bareMs)})`,
      ratio(opening.ratio),
      `${mb(heap.bytes)} (${mb(heap.bareBytes)})`,
      ratio(heap.ratio),
      `${ms(save.p95)} (${save.count}) / ${ms(journal.p95)} (${journal.count})`,
    ]),
  );
  const node = markdownTable(
    ['Figure', 'Value'],
    [
      ...Object.entries(summary.markdownExportMs).map(([fixture, value]) => [`Markdown export, ${fixture}`, ms(value)]),
      ...Object.entries(summary.markdownImportMs).map(([fixture, value]) => [`Markdown import, ${fixture}`, ms(value)]),
      ...Object.entries(summary.pdfWarmMs).map(([fixture, value]) => [`PDF export (warm Chromium), ${fixture}`, ms(value)]),
      ...Object.entries(summary.pdfColdMs).map(([fixture, value]) => [`PDF export (Chromium started for it), ${fixture}`, ms(value)]),
      ['Seeding from the sample article', ms(summary.seedingMs)],
      ['Renderer bundle, gzip (JS + CSS)', `${(summary.bundleGzipBytes.total / 1024).toFixed(1)} KiB (${(summary.bundleGzipBytes.js / 1024).toFixed(1)} + ${(summary.bundleGzipBytes.css / 1024).toFixed(1)})`],
      ['Page load to editable note (bare)', `${ms(summary.pageLoadMs)} (${ms(summary.barePageLoadMs)})`],
    ],
  );
  return `${editor}\n\n${node}\n`;
}

export function missesText(misses: Miss[]): string {
  return misses.length ? misses.map((miss) => `MISSED  ${miss.budget}: ${miss.actual}`).join('\n') : 'All budgets met.';
}
