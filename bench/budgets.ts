import type { Summary } from './summary';

export interface Miss {
  budget: string;
  actual: string;
}

/** The budgets of issue 8; every miss, named, with by how much. */
export function checkBudgets(summary: Summary): Miss[] {
  const misses: Miss[] = [];
  const over = (budget: string, value: number, limit: number, unit: string): void => {
    if (!(value <= limit)) misses.push({ budget, actual: `${format(value)}${unit} (limit ${format(limit)}${unit}, ${value > limit ? `+${format(value - limit)}${unit}` : 'not measured'})` });
  };
  for (const fixture of summary.fixtures) {
    const { keystroke, longTasks, opening, save, journal } = fixture;
    over(`keystroke p95 ≤ 16 ms [${fixture.fixture}]`, keystroke.p95, 16, ' ms');
    over(`keystroke p95 ≤ 1.25× bare [${fixture.fixture}]`, keystroke.ratioP95, 1.25, '×');
    if (longTasks.count) misses.push({ budget: `no long task while typing [${fixture.fixture}]`, actual: `${longTasks.count} long tasks, longest ${format(longTasks.longestMs)} ms` });
    over(`opening ≤ 1.25× bare [${fixture.fixture}]`, opening.ratio, 1.25, '×');
    if (save.count) over(`autosave main thread p95 ≤ 4 ms [${fixture.fixture}]`, save.p95, 4, ' ms');
    else misses.push({ budget: `autosave main thread p95 ≤ 4 ms [${fixture.fixture}]`, actual: 'no autosave happened' });
    if (journal.count) over(`recovery journal main thread p95 ≤ 4 ms [${fixture.fixture}]`, journal.p95, 4, ' ms');
    if (fixture.fixture.startsWith('book')) over(`heap ≤ 1.5× bare [${fixture.fixture}]`, fixture.heap.ratio, 1.5, '×');
  }
  for (const [fixture, ms] of Object.entries(summary.markdownExportMs)) over(`Markdown export of the book ≤ 500 ms [${fixture}]`, ms, 500, ' ms');
  if ('2-page' in summary.pdfWarmMs) over('2-page PDF ≤ 1.5 s warm', summary.pdfWarmMs['2-page']!, 1500, ' ms');
  if (!Number.isNaN(summary.seedingMs)) over('seeding ≤ 100 ms', summary.seedingMs, 100, ' ms');
  return misses;
}

export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}
