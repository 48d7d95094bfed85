import { DEFAULT_SETTINGS } from '../../../core/host/settings';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createEmptyNote } from '../../../core/document/note-format';
import { HOST_CALL_NAMES } from '../../../core/host/call-names';
import type { HostHandlers } from '../../../core/host/contract';
import { bindHostIpc } from '../../../electron/main/host-ipc';
import { isTrustedSender, type FrameLike } from '../../../electron/main/trusted-sender';

type IpcListener = Parameters<IpcMain['handle']>[1];

const appUrl = 'app://briefing/index.html';
const note = createEmptyNote(new Date('2025-03-01T00:00:00Z'));

function fakeIpcMain(): { ipcMain: Pick<IpcMain, 'handle'>; listeners: Map<string, IpcListener> } {
  const listeners = new Map<string, IpcListener>();
  return { listeners, ipcMain: { handle: (channel, listener) => void listeners.set(channel, listener) } };
}

function fakeHandlers(): HostHandlers {
  return {
    'app.info': vi.fn(async () => ({ name: 'Briefing Desk', version: '1.0.0', host: 'electron' as const, platform: 'linux', libraryDir: '/l', dataDir: '/d', userName: 'lan' })),
    'notes.list': vi.fn(async () => ({ notes: [], recent: [] })),
    'notes.search': vi.fn(async () => ({ ids: [] })),
    'notes.open': vi.fn(async ({ id }) => ({ id, note, etag: 'e1', readOnly: false })),
    'notes.etag': vi.fn(async () => ({ etag: 'e1' })),
    'notes.save': vi.fn(async ({ id }) => ({ id, etag: 'e2' })),
    'notes.saveAs': vi.fn(async ({ name }) => ({ id: `${name}.brief`, etag: 'e3' })),
    'notes.rename': vi.fn(async ({ name }) => ({ id: `${name}.brief` })),
    'notes.duplicate': vi.fn(async ({ id }) => ({ id: `copy of ${id}` })),
    'notes.delete': vi.fn(async () => ({})),
    'notes.import': vi.fn(async ({ fileName }) => ({ id: fileName })),
    'recovery.write': vi.fn(async () => ({})),
    'recovery.list': vi.fn(async () => ({ entries: [] })),
    'recovery.read': vi.fn(async ({ key }) => ({ key, noteId: null, title: '', preview: '', savedAt: '2025-03-01T00:00:00.000Z', etag: null, note })),
    'recovery.discard': vi.fn(async () => ({})),
    'settings.get': vi.fn(async () => ({ settings: DEFAULT_SETTINGS })),
    'settings.set': vi.fn(async () => ({ settings: DEFAULT_SETTINGS })),
    'templates.list': vi.fn(async () => ({ templates: [], problems: [] })),
    'export.note': vi.fn(async () => ({ file: 'exports/x.pdf' })),
    'export.cancel': vi.fn(async () => ({ cancelled: false })),
  };
}

function boundTo(mainFrame: FrameLike | null) {
  const { ipcMain, listeners } = fakeIpcMain();
  const handlers = fakeHandlers();
  bindHostIpc(ipcMain, { handlers, appMainFrame: () => mainFrame });
  const invoke = (channel: string, senderFrame: FrameLike | null, args: unknown): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`nothing handles ${channel}`);
    return Promise.resolve(listener({ senderFrame } as unknown as IpcMainInvokeEvent, args));
  };
  return { listeners, handlers, invoke };
}

describe('bindHostIpc', () => {
  it('handles one channel per host call, named host:<call>, and nothing else', () => {
    const { listeners } = boundTo(null);

    expect([...listeners.keys()].sort()).toEqual(HOST_CALL_NAMES.map((name) => `host:${name}`).sort());
  });

  it('passes a call from the app’s main frame to its handler, with validated arguments', async () => {
    const mainFrame = { url: appUrl };
    const { handlers, invoke } = boundTo(mainFrame);

    const reply = await invoke('host:notes.saveAs', mainFrame, { name: '  Weekly brief  ', note });

    expect(reply).toEqual({ ok: true, value: { id: 'Weekly brief.brief', etag: 'e3' } });
    // Trimmed, and the default filled in: the handler sees the contract's output, not the raw input.
    expect(handlers['notes.saveAs']).toHaveBeenCalledWith({ name: 'Weekly brief', note, overwrite: false });
  });

  it('replies with the opened note as the contract describes it, read-only flag included', async () => {
    const mainFrame = { url: appUrl };
    const { invoke } = boundTo(mainFrame);

    const reply = await invoke('host:notes.open', mainFrame, { id: 'Weekly.brief' });

    expect(reply).toEqual({ ok: true, value: { id: 'Weekly.brief', note, etag: 'e1', readOnly: false } });
  });

  it('refuses arguments the contract does not allow, without calling the handler', async () => {
    const mainFrame = { url: appUrl };
    const { handlers, invoke } = boundTo(mainFrame);

    const reply = await invoke('host:notes.open', mainFrame, { id: '../../etc/passwd.brief' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(handlers['notes.open']).not.toHaveBeenCalled();
  });

  it.each([
    ['another frame at the app’s address', { url: appUrl }],
    ['no frame (it was destroyed)', null],
  ])('refuses a call from %s as forbidden', async (_who, senderFrame) => {
    const { handlers, invoke } = boundTo({ url: appUrl });

    const reply = await invoke('host:notes.open', senderFrame, { id: 'Weekly.brief' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['notes.open']).not.toHaveBeenCalled();
  });

  it('refuses the main frame once it has navigated away from the app', async () => {
    const mainFrame = { url: 'https://evil.example/' };
    const { handlers, invoke } = boundTo(mainFrame);

    for (const name of HOST_CALL_NAMES) {
      expect(await invoke(`host:${name}`, mainFrame, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(handlers[name]).not.toHaveBeenCalled();
    }
  });

  it('refuses every call while there is no app window', async () => {
    const { handlers, invoke } = boundTo(null);

    expect(await invoke('host:app.info', { url: appUrl }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('trusts only the app’s own main frame at an app:// address', () => {
    const mainFrame = { url: appUrl };

    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
    expect(isTrustedSender({ url: appUrl }, mainFrame)).toBe(false);
    expect(isTrustedSender(mainFrame, null)).toBe(false);
    expect(isTrustedSender(undefined, mainFrame)).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///index.html', 'app://evil/index.html', 'about:blank', 'not a url'])(
    'does not trust the main frame at %s',
    (url) => {
      const mainFrame = { url };

      expect(isTrustedSender(mainFrame, mainFrame)).toBe(false);
    },
  );
});
