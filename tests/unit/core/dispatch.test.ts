import { describe, expect, it, vi } from 'vitest';
import { dispatchHostCall } from '../../../core/host/dispatch';
import { HostError } from '../../../core/host/host-error';
import type { HostHandlers } from '../../../core/host/contract';
import { createEmptyNote } from '../../../core/document/note-format';
import { readNoteFile } from '../../../core/document/read-note-file';

function handlers(overrides: Partial<HostHandlers> = {}): HostHandlers {
  const note = createEmptyNote(new Date('2026-01-02T03:04:05Z'));
  return {
    'app.info': async () => ({ name: 'Briefing Desk', version: '1.0.0', host: 'browser', platform: 'linux', libraryDir: '/l', dataDir: '/d', userName: 'lan' }),
    'notes.list': async () => ({ notes: [] }),
    'notes.open': async ({ id }) => ({ id, note, etag: 'e1', readOnly: false }),
    'notes.save': async ({ id }) => ({ id, etag: 'e2' }),
    ...overrides,
  } as HostHandlers;
}

describe('dispatchHostCall', () => {
  it('answers a valid call with the handler’s validated result', async () => {
    const reply = await dispatchHostCall(handlers(), 'notes.open', { id: 'Weekly.brief' });
    expect(reply).toMatchObject({ ok: true, value: { id: 'Weekly.brief', etag: 'e1' } });
  });

  it('refuses a call the contract does not name', async () => {
    const reply = await dispatchHostCall(handlers(), 'fs.readFile', { path: '/etc/passwd' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('refuses names inherited from Object.prototype', async () => {
    const reply = await dispatchHostCall(handlers(), 'constructor', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it.each([
    ['a path instead of a note id', { id: '../../etc/passwd.brief' }],
    ['a missing id', {}],
    ['an extra property', { id: 'Weekly.brief', path: '/etc' }],
    ['a non-object', 'Weekly.brief'],
  ])('refuses %s without running the handler', async (_label, args) => {
    const open = vi.fn();
    const reply = await dispatchHostCall(handlers({ 'notes.open': open }), 'notes.open', args);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(open).not.toHaveBeenCalled();
  });

  it('passes a HostError through with its code and message', async () => {
    const reply = await dispatchHostCall(
      handlers({ 'notes.open': async () => Promise.reject(new HostError('not-found', '“x.brief” is gone.')) }),
      'notes.open',
      { id: 'x.brief' },
    );
    expect(reply).toEqual({ ok: false, error: { code: 'not-found', message: '“x.brief” is gone.' } });
  });

  it('hides an unexpected error’s details from the page but reports them', async () => {
    const report = vi.fn();
    const reply = await dispatchHostCall(
      handlers({ 'notes.list': async () => Promise.reject(new Error('EACCES /home/secret')) }),
      'notes.list',
      {},
      report,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('/home/secret');
    expect(report).toHaveBeenCalledWith('notes.list', expect.any(Error));
  });

  it('refuses to pass on a result that breaks the contract', async () => {
    const reply = await dispatchHostCall(
      handlers({ 'notes.list': async () => ({ notes: [{ id: '/etc/passwd' }] }) as never }),
      'notes.list',
      {},
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-result' } });
  });

  it('passes on a note readNoteFile checked as it is, and checks any other note in full', async () => {
    const reading = readNoteFile(JSON.stringify(createEmptyNote(new Date('2026-01-02T03:04:05Z'))));
    if (!reading.ok) throw new Error(reading.problem);
    const read = await dispatchHostCall(handlers({ 'notes.open': async ({ id }) => ({ id, note: reading.note, etag: 'e1', readOnly: false }) }), 'notes.open', { id: 'a.brief' });
    expect(read.ok && (read.value as { note: unknown }).note).toBe(reading.note);

    // Not from readNoteFile: parsed again (a copy comes back), and refused when it is not a note.
    const built = createEmptyNote(new Date('2026-01-02T03:04:05Z'));
    const rebuilt = await dispatchHostCall(handlers({ 'notes.open': async ({ id }) => ({ id, note: built, etag: 'e1', readOnly: false }) }), 'notes.open', { id: 'a.brief' });
    expect(rebuilt).toMatchObject({ ok: true, value: { note: built } });
    expect(rebuilt.ok && (rebuilt.value as { note: unknown }).note).not.toBe(built);
    const broken = { ...built, doc: { type: 'doc', content: 'not a list' } };
    const refused = await dispatchHostCall(handlers({ 'notes.open': async ({ id }) => ({ id, note: broken, etag: 'e1', readOnly: false }) as never }), 'notes.open', { id: 'a.brief' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-result' } });
  });
});
