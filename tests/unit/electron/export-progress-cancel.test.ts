import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { dispatchHostCall } from '../../../core/host/dispatch';
import type { HostEvent } from '../../../core/host/host-events';
import { isHostEvent } from '../../../core/host/host-events';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import type { RenderPdf } from '../../../electron/services/note-export';
import { RecoveryJournal } from '../../../electron/services/recovery-journal';
import { RecentNotes } from '../../../electron/services/recent-notes';
import { SettingsStore } from '../../../electron/services/settings-store';
import { holdPrintUntilCancelled } from '../../../electron/browser-mode/test-hold-print';
import { expectHostError } from './expect-host-error';
import { noteTitled } from './note-titled';
import { libraryInTempFolder } from './temp-library';

async function exportHost(renderPdf: RenderPdf) {
  const { root, folder, library } = await libraryInTempFolder();
  const dataDir = path.join(root, 'data');
  const events: HostEvent[] = [];
  const settings = new SettingsStore(dataDir);
  const handlers = createHostHandlers({
    library,
    journal: new RecoveryJournal(path.join(dataDir, 'recovery')),
    settings,
    recent: new RecentNotes(dataDir),
    renderPdf,
    fontDir: path.resolve('assets/fonts'),
    appInfo: { name: 'Briefing Desk', version: '9.9.9', host: 'browser', platform: 'linux', libraryDir: folder, dataDir, userName: 'lan' },
    emit: (event) => events.push(event),
  });
  const exported = async () => fs.readdir(path.join(folder, 'exports')).catch(() => []);
  return { folder, handlers, events, settings, exported };
}

const request = (jobId?: string) => ({ note: noteTitled('Weekly'), name: 'Weekly', format: 'pdf' as const, copy: 'clean' as const, comments: 'none' as const, pageSize: 'A4' as const, includeSource: true, replace: false, jobId });

/** A print that waits to be let go, telling when it has started. */
function heldPrint() {
  let started!: () => void;
  const printing = new Promise<void>((resolve) => (started = resolve));
  const hold = holdPrintUntilCancelled();
  const renderPdf: RenderPdf = (page, signal) => {
    started();
    return hold(page, signal);
  };
  return { renderPdf, printing };
}

describe('export.note with a job id', () => {
  it('reports its stages as host events, and a cancel while printing writes nothing', async () => {
    const { renderPdf, printing } = heldPrint();
    const { handlers, events, exported } = await exportHost(renderPdf);
    const running = handlers['export.note'](request('job-1'));
    await printing;
    expect(events).toEqual([
      { type: 'export.progress', jobId: 'job-1', stage: 'preparing' },
      { type: 'export.progress', jobId: 'job-1', stage: 'printing' },
    ]);
    expect(events.every(isHostEvent)).toBe(true);
    expect(await handlers['export.cancel']({ jobId: 'job-1' })).toEqual({ cancelled: true });
    await expectHostError(running, 'cancelled');
    expect(await exported()).toEqual([]);
    expect(await handlers['export.cancel']({ jobId: 'job-1' }), 'nothing left to cancel').toEqual({ cancelled: false });
  });

  it('starts already cancelled when the cancel overtook it, and never prints', async () => {
    const renderPdf = vi.fn<RenderPdf>();
    const { handlers, exported } = await exportHost(renderPdf);
    expect(await handlers['export.cancel']({ jobId: 'job-2' })).toEqual({ cancelled: false });
    await expectHostError(handlers['export.note'](request('job-2')), 'cancelled');
    expect(renderPdf).not.toHaveBeenCalled();
    expect(await exported()).toEqual([]);
  });

  it('writes the PDF, through the writing stage, with the app’s author name when the note names no drafter', async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    const pdf = await blank.save();
    const { folder, handlers, events, settings } = await exportHost(async () => pdf);
    await settings.set({ authorName: 'Lt. Col. Le Van C' });
    expect(await handlers['export.note'](request('job-3'))).toEqual({ file: path.join('exports', 'Weekly.pdf') });
    expect(events.map((event) => (event.type === 'export.progress' ? event.stage : ''))).toEqual(['preparing', 'printing', 'writing']);
    const written = await PDFDocument.load(await fs.readFile(path.join(folder, 'exports', 'Weekly.pdf')));
    expect(written.getAuthor()).toBe('Lt. Col. Le Van C');
    expect(written.getCreator()).toBe('Briefing Desk');
  });
});

describe('the export calls through the contract', () => {
  it('refuse a malformed job id', async () => {
    const { handlers } = await exportHost(vi.fn<RenderPdf>());
    const reply = await dispatchHostCall(handlers, 'export.cancel', { jobId: '../x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const exportReply = await dispatchHostCall(handlers, 'export.note', { ...request('bad id!'), note: noteTitled('x') });
    expect(exportReply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('take includeSource, on by default', async () => {
    const { folder, handlers } = await exportHost(vi.fn<RenderPdf>());
    const note = { ...noteTitled('Weekly'), sources: [{ id: 's1', title: 'Article', publisher: 'VNA', url: '', published: '', text: 'One.\n\nTwo.' }] };
    await dispatchHostCall(handlers, 'export.note', { note, name: 'With', format: 'html' });
    await dispatchHostCall(handlers, 'export.note', { note, name: 'Without', format: 'html', includeSource: false });
    expect(await fs.readFile(path.join(folder, 'exports', 'With.html'), 'utf8')).toContain('Annex A: Source article');
    expect(await fs.readFile(path.join(folder, 'exports', 'Without.html'), 'utf8')).not.toContain('Annex A');
  });
});

describe('the marking scheme in the settings', () => {
  it('chooses Vietnam’s page numbering for an unmarked note when it is Vietnam', async () => {
    const { folder, handlers, settings } = await exportHost(vi.fn<RenderPdf>());
    await dispatchHostCall(handlers, 'export.note', { note: noteTitled('Weekly'), name: 'Generic', format: 'html' });
    await settings.set({ classificationPreset: 'vietnam' });
    await dispatchHostCall(handlers, 'export.note', { note: noteTitled('Weekly'), name: 'Vietnam', format: 'html' });
    expect(await fs.readFile(path.join(folder, 'exports', 'Generic.html'), 'utf8')).toContain('counter(pages)');
    const vietnam = await fs.readFile(path.join(folder, 'exports', 'Vietnam.html'), 'utf8');
    expect(vietnam).not.toContain('counter(pages)');
    expect(vietnam).toContain('@top-center { content: counter(page);');
  });
});

describe('export.progress events crossing a process boundary', () => {
  it('are checked: a known stage and a well-formed job id only', () => {
    expect(isHostEvent({ type: 'export.progress', jobId: 'a-1', stage: 'writing' })).toBe(true);
    expect(isHostEvent({ type: 'export.progress', jobId: 'a-1', stage: 'uploading' })).toBe(false);
    expect(isHostEvent({ type: 'export.progress', jobId: '<img>', stage: 'writing' })).toBe(false);
  });
});
