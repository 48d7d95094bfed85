import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createEmptyNote } from '../core/document/note-format';
import { sourceTextOf } from '../core/article/source-text';
import { buildFixtures, wordCount } from './fixtures';
import { measureInBrowser, type BrowserFigures } from './browser-figures';
import { measureInNode, type NodeFigures } from './node-figures';
import { summarise, type Summary } from './summary';
import { checkBudgets } from './budgets';
import { missesText, summaryTables } from './table';

const ARTICLE = '/work/shared/seed-article.txt';
const RESULTS = path.resolve('bench/results');

interface Results {
  date: string;
  machine: { host: string; cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string; loadAverage: number[] };
  settings: { keystrokesPerPosition: number; warmupKeystrokes: number; openings: number };
  fixtures: { name: string; words: number; blocks: number; annotations: number }[];
  summary: Summary;
  raw: { browser: BrowserFigures[]; node: NodeFigures | null };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const from = argument('--from');
  let results: Results;
  if (from) {
    results = JSON.parse(await readFile(from, 'utf8')) as Results;
  } else {
    results = await run();
    await mkdir(RESULTS, { recursive: true });
    const name = `${results.date.slice(0, 10)}-${results.machine.host}.json`;
    const text = `${JSON.stringify(results, null, 1)}\n`;
    await writeFile(path.join(RESULTS, name), text);
    await writeFile(path.join(RESULTS, 'latest.json'), text);
    console.log(`Figures written to bench/results/${name} and bench/results/latest.json`);
  }
  const { machine } = results;
  console.log(`\n${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverage.map((value) => value.toFixed(1)).join(' ')}\n`);
  console.log(summaryTables(results.summary));
  const misses = checkBudgets(results.summary);
  console.log(missesText(misses));
  if (check && misses.length) process.exitCode = 1;
}

async function run(): Promise<Results> {
  const only = argument('--only');
  const wanted = argument('--fixtures')?.split(',');
  const settings = { keystrokesPerPosition: Number(argument('--keystrokes') ?? 70), warmupKeystrokes: 10, openings: Number(argument('--openings') ?? 7), profile: process.argv.includes('--profile') };
  const rawArticle = await readFile(ARTICLE, 'utf8');
  const article = sourceTextOf(rawArticle.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean));
  const fixtures = buildFixtures(article).filter((fixture) => !wanted || wanted.includes(fixture.name) || wanted.includes(fixture.size.name));
  const log = (line: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const loadAverage = os.loadavg();
  let browser: BrowserFigures[] = [];
  let chromiumVersion = '';
  if (only !== 'node') {
    const emptyNote = createEmptyNote(new Date('2026-01-05T09:00:00.000Z'));
    const measured = await measureInBrowser(fixtures, { ...emptyNote, meta: { ...emptyNote.meta, title: 'Bench empty note' } }, { ...settings, log });
    browser = measured.results;
    chromiumVersion = measured.chromium;
  }
  const node = only === 'browser' ? null : await measureInNode(fixtures, rawArticle, log);
  return {
    date: new Date().toISOString(),
    machine: {
      host: os.hostname(),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      chromium: chromiumVersion || chromiumFromCli(),
      loadAverage,
    },
    settings,
    fixtures: fixtures.map((fixture) => ({ name: fixture.name, words: wordCount(fixture.note.doc), blocks: fixture.note.doc.content?.length ?? 0, annotations: fixture.note.annotations.length })),
    summary: summarise(browser, node),
    raw: { browser, node },
  };
}

function chromiumFromCli(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
