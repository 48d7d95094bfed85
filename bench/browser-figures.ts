import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import type { Fixture } from './fixtures';
import { BEFORE_LOAD, KEYSTROKE_PROBE, MIDDLE_BLOCK, setTextColumn, TEXT_COLUMN, untilIdle, WAIT_FOR_OPENING } from './in-page';

export type Editor = 'ours' | 'bare';
export const POSITIONS = ['start', 'middle', 'end'] as const;

export interface BrowserFigures {
  editor: Editor;
  fixture: string;
  pageLoadMs: number;
  /** Width of the note's lines after opening, px (the bare page is given ours). */
  textColumnPx: number;
  openingMs: number[];
  heapBytes: number;
  /** keydown → DOM shows the edit, ms, per measured keystroke (all positions). */
  keystrokeDomMs: number[];
  /** keydown → after the next frame was rendered, ms. */
  keystrokeFrameMs: number[];
  longTasksWhileTyping: { start: number; duration: number }[];
  /** Main-thread time of each save / journal write while typing (ours only). */
  saveMainThreadMs: number[];
  journalMainThreadMs: number[];
}

export interface BrowserRunOptions {
  keystrokesPerPosition: number;
  warmupKeystrokes: number;
  openings: number;
  /** Write a CPU profile of the typing (and the opening) per page to out/bench/. */
  profile?: boolean;
  log: (line: string) => void;
}

const TEXT = 'the quick brown fox jumps over the lazy dog ';
/** One frame of the 60 Hz frame clock, ms. */
const FRAME_MS = 1000 / 60;
const fileName = (fixture: string): string => `bench-${fixture.replace('+', '-')}`;
const EMPTY_NOTE = 'bench-empty';
/** Saves after bursts of typing at the end (ours): with the three that end the typing at each position, 21 a note. */
const SAVE_BURSTS = 18;
const SAVES_SO_FAR = "performance.getEntriesByName('briefing:save-main-thread').length";

/** Opens and types in every fixture, in our editor (browser mode) and in the bare StarterKit page, in one Chromium. */
export async function measureInBrowser(fixtures: Fixture[], emptyNote: unknown, options: BrowserRunOptions): Promise<{ results: BrowserFigures[]; chromium: string }> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'briefing-bench-'));
  const libraryDir = path.join(scratch, 'library');
  const notesDir = path.join(scratch, 'bare-notes');
  await mkdir(libraryDir, { recursive: true });
  await mkdir(notesDir, { recursive: true });
  await writeFile(path.join(libraryDir, `${EMPTY_NOTE}.brief`), JSON.stringify(emptyNote));
  await writeFile(path.join(notesDir, `${EMPTY_NOTE}.json`), JSON.stringify((emptyNote as Fixture['note']).doc));
  for (const fixture of fixtures) {
    await writeFile(path.join(libraryDir, `${fileName(fixture.name)}.brief`), `${JSON.stringify(fixture.note, null, 2)}\n`);
    await writeFile(path.join(notesDir, `${fileName(fixture.name)}.json`), JSON.stringify(fixture.note.doc));
  }
  const host = await startBrowserMode(libraryDir, path.join(scratch, 'data'));
  const bare = await startBareServer(notesDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results: BrowserFigures[] = [];
  try {
    const targets: Record<Editor, Target> = { ours: oursTarget(host.url), bare: bareTarget(bare.url) };
    // Warm-up: Chromium's caches, the host's JIT, the page's code; nothing recorded.
    for (const editor of ['ours', 'bare'] as const) {
      const warm = fixtures.find((fixture) => !fixture.annotated) ?? fixtures[0]!;
      await measureOne(browser, targets[editor], editor, warm, { ...options, keystrokesPerPosition: options.warmupKeystrokes, openings: 1 });
    }
    for (const fixture of fixtures) {
      // Alternate the two editors so drifting machine load hits both alike. The bare page
      // sets its lines to the width ours had: beside the source pane they are a third
      // shorter, so the same text makes half as many lines again to lay out and paint.
      let column: number | undefined;
      for (const editor of ['ours', 'bare'] as const) {
        options.log(`browser: ${editor} ${fixture.name}`);
        const figures = await measureOne(browser, targets[editor], editor, fixture, options, column);
        column = figures.textColumnPx;
        results.push(figures);
      }
    }
    return { results, chromium: browser.version() };
  } finally {
    await browser.close();
    await new Promise((resolve) => bare.server.close(resolve));
    await stop(host.child);
    await rm(scratch, { recursive: true, force: true });
  }
}

interface Target {
  url: string;
  /** Opens a note (its file name without extension) the way a user would. */
  open(page: Page, name: string): Promise<void>;
  /** Waits for the save that follows typing, if the editor saves. */
  saved(page: Page): Promise<void>;
  /** Waits for what the page does by itself at start (ours reopens the note opened last). */
  settle(page: Page): Promise<void>;
  /** Leaves the page ready for the next page's start (ours: the empty note opened last). */
  leave(page: Page): Promise<void>;
  /** Sets the width of the note's lines, px, where the page allows it (the bare page). */
  setTextColumn(page: Page, px: number): Promise<void>;
}

function oursTarget(url: string): Target {
  let reopens = false;
  const target: Target = {
    url,
    open: async (page, name) => {
      // Clicked through the DOM: a Playwright locator would inject its selector engine (over
      // 0.5 MB of script) into this page only, and the heap counted it; a mouse click at
      // the button's place could land on another row when the library list refreshed.
      await page.evaluate(async (id) => {
        const started = performance.now();
        let button: HTMLElement | null;
        while (!(button = document.querySelector<HTMLElement>(`.library-list [data-note-id="${id}"]`))) {
          if (performance.now() - started > 30_000) throw new Error(`${id} did not appear in the library list`);
          await new Promise(requestAnimationFrame);
        }
        button.click();
      }, `${name}.brief`);
    },
    saved: async (page) => {
      await page.locator('.status-save[data-state="saved"]').waitFor({ timeout: 60_000 });
    },
    // Our page reopens the note opened last when it starts. Each page ends on the empty note,
    // so the next one reopens that (the very first has nothing to reopen), and the bench
    // waits for it: a click on the note already open opens nothing.
    settle: async (page) => {
      if (!reopens) return;
      await page.evaluate(async () => {
        const started = performance.now();
        while (performance.getEntriesByName('briefing:open-loaded').length === 0) {
          if (performance.now() - started > 30_000) throw new Error('The note opened last was not reopened at start.');
          await new Promise(requestAnimationFrame);
        }
      });
    },
    leave: async (page) => {
      await openAndWait(page, target, EMPTY_NOTE);
      reopens = true;
    },
    // Ours is as the app lays it out.
    setTextColumn: async () => {},
  };
  return target;
}

function bareTarget(url: string): Target {
  return {
    url,
    open: async (page, name) => {
      await page.evaluate(`window.benchOpen(${JSON.stringify(name)})`);
    },
    saved: async () => {},
    settle: async () => {},
    leave: async () => {},
    setTextColumn: async (page, px) => {
      await page.evaluate(setTextColumn(px));
    },
  };
}

async function measureOne(browser: Browser, target: Target, editor: Editor, fixture: Fixture, options: BrowserRunOptions, textColumnPx?: number): Promise<BrowserFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(BEFORE_LOAD);
    await page.goto(target.url);
    const pageLoadMs = (await page.evaluate('window.__bench.editable')) as number;
    await page.waitForLoadState('load');
    await target.settle(page);
    if (textColumnPx !== undefined) await target.setTextColumn(page, textColumnPx);
    const name = fileName(fixture.name);
    const cdp = await context.newCDPSession(page);
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const openingMs: number[] = [];
    for (let round = 0; round < options.openings; round++) {
      if (round > 0) await openAndWait(page, target, EMPTY_NOTE);
      // Each measured opening starts at another point of the 60 Hz frame (the same points in
      // both editors), so that the wait for the frame that paints it is not one page's luck.
      const opened = await openAndWait(page, target, name, (round / options.openings) * FRAME_MS);
      openingMs.push(opened.painted - opened.start);
    }
    if (options.profile) await writeProfile(cdp, `${editor}-${name}-opening`, true);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const measuredColumnPx = (await page.evaluate(TEXT_COLUMN)) as number;

    await page.evaluate(KEYSTROKE_PROBE);
    const keystrokeDomMs: number[] = [];
    const keystrokeFrameMs: number[] = [];
    const windows: { from: number; to: number }[] = [];
    for (const position of POSITIONS) {
      await placeCaret(page, position);
      let from = 0;
      for (let index = 0; index < options.warmupKeystrokes + options.keystrokesPerPosition; index++) {
        await page.keyboard.type(TEXT[index % TEXT.length]!);
        await page.evaluate('window.__bench.settled()');
        if (index === options.warmupKeystrokes) from = (await page.evaluate('window.__bench.samples.at(-1).t0')) as number;
      }
      const samples = (await page.evaluate('window.__bench.samples.splice(0)')) as { dom: number; frame: number; end: number }[];
      const measured = samples.slice(-options.keystrokesPerPosition);
      keystrokeDomMs.push(...measured.map((sample) => sample.dom));
      keystrokeFrameMs.push(...measured.map((sample) => sample.frame));
      // The autosave that follows the typing counts as "while typing".
      await target.saved(page);
      windows.push({ from, to: (await page.evaluate('performance.now()')) as number });
    }
    // After the keystrokes are measured, so that they are the same as before these saves.
    if (editor === 'ours') {
      const from = (await page.evaluate('performance.now()')) as number;
      await typeAndSave(page, target);
      windows.push({ from, to: (await page.evaluate('performance.now()')) as number });
    }
    if (options.profile) await writeProfile(cdp, `${editor}-${name}-typing`, false);
    const longTasks = (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[];
    const durations = async (measure: string): Promise<number[]> => (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(measure)}).map((entry) => entry.duration)`)) as number[];
    const saveMainThreadMs = await durations('briefing:save-main-thread');
    const journalMainThreadMs = await durations('briefing:journal-main-thread');
    await target.leave(page);
    return {
      editor,
      fixture: fixture.name,
      pageLoadMs,
      textColumnPx: measuredColumnPx,
      openingMs,
      heapBytes,
      keystrokeDomMs,
      keystrokeFrameMs,
      longTasksWhileTyping: longTasks.filter((task) => windows.some((window) => task.start + task.duration >= window.from && task.start <= window.to)),
      saveMainThreadMs,
      journalMainThreadMs,
    };
  } finally {
    await context.close();
  }
}

/** Opens a note once the page is idle (and `phaseMs` after an idle moment), and waits for it painted. */
async function openAndWait(page: Page, target: Target, name: string, phaseMs = 0): Promise<{ start: number; painted: number }> {
  await page.evaluate(untilIdle(phaseMs));
  await page.evaluate(WAIT_FOR_OPENING);
  await target.open(page, name);
  return (await page.evaluate('window.__bench.opening')) as { start: number; painted: number };
}

/**
 * Short bursts of typing, each followed by its autosave (a second after its last key) and
 * a journal write (0.4 s after its first). Typing at a position ends in one autosave, so the
 * three positions alone gave three: their p95 was their maximum.
 */
async function typeAndSave(page: Page, target: Target): Promise<void> {
  for (let burst = 0; burst < SAVE_BURSTS; burst++) {
    const saves = (await page.evaluate(SAVES_SO_FAR)) as number;
    for (const key of 'burst ') {
      await page.keyboard.type(key);
      await page.evaluate('window.__bench.settled()');
    }
    // Polled in the page: a predicate for waitForFunction would be evaluated there, and the CSP forbids eval.
    await page.evaluate(`new Promise((resolve, reject) => {
      const given = performance.now();
      const check = () => {
        if (${SAVES_SO_FAR} > ${saves}) return resolve();
        if (performance.now() - given > 60000) return reject(new Error('No autosave within 60 s of typing.'));
        requestAnimationFrame(check);
      };
      check();
    })`);
    await target.saved(page);
  }
}

async function placeCaret(page: Page, position: (typeof POSITIONS)[number]): Promise<void> {
  const body = page.locator('.ProseMirror');
  if (position === 'middle') {
    const { x, y } = (await page.evaluate(MIDDLE_BLOCK)) as { x: number; y: number };
    await page.mouse.click(x, y);
    await page.keyboard.press('End');
    return;
  }
  await body.focus();
  await page.keyboard.press(position === 'start' ? 'Control+Home' : 'Control+End');
}

async function startBrowserMode(libraryDir: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.resolve('out/browser-mode/index.cjs'), '--port', '0', '--no-open', '--library', libraryDir, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Briefing Desk is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${output}`)));
  });
  return { url, child };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Serves the bare editor page and the notes' bodies as JSON on 127.0.0.1. */
async function startBareServer(notesDir: string): Promise<{ url: string; server: Server }> {
  const files: Record<string, () => Promise<{ type: string; body: Buffer }>> = {
    '/': async () => ({ type: 'text/html', body: await readFile('bench/bare/index.html') }),
    '/bare-editor.js': async () => ({ type: 'text/javascript', body: await readFile('out/bench/bare/bare-editor.js') }),
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const note = /^\/notes\/([\w-]+)\.json$/.exec(url.pathname);
    const font = /^\/fonts\/(NotoSerif-[A-Za-z]+\.ttf)$/.exec(url.pathname);
    const serve = note
      ? async () => ({ type: 'application/json', body: await readFile(path.join(notesDir, `${note[1]}.json`)) })
      : font
        ? async () => ({ type: 'font/ttf', body: await readFile(path.join('assets/fonts', font[1]!)) })
        : files[url.pathname];
    if (!serve) return void response.writeHead(404).end();
    serve().then(
      ({ type, body }) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server };
}

// One profile of the openings, one of the typing: each is read on its own.
async function writeProfile(cdp: CDPSession, name: string, startAnother: boolean): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
  await mkdir('out/bench', { recursive: true });
  await writeFile(`out/bench/${name}.cpuprofile`, JSON.stringify(profile));
  if (startAnother) await cdp.send('Profiler.start');
}
