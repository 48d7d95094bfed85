import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_CALL_NAMES } from '../../../core/host/call-names';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../../../core/host/host-events';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const exposed: { name: string; api: Record<string, unknown> }[] = [];
  const listeners: { channel: string; listener: (event: unknown, ...args: unknown[]) => void }[] = [];
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: (name: string, api: Record<string, unknown>) => void exposed.push({ name, api }),
    },
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: null })),
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void listeners.push({ channel, listener }),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

beforeAll(async () => {
  await import('../../../electron/preload/index');
});

function exposedApi(): Record<string, unknown> {
  const [only] = electron.exposed;
  if (!only) throw new Error('the preload exposed nothing');
  return only.api;
}

describe('the preload bridge', () => {
  it('is exposed once, as briefingHost', () => {
    expect(electron.exposed.map(({ name }) => name)).toEqual(['briefingHost']);
  });

  it('offers exactly the host calls and onEvent, all functions', () => {
    const api = exposedApi();

    expect(Object.keys(api).sort()).toEqual([...HOST_CALL_NAMES, 'onEvent'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards a call to its own host: channel with the arguments unchanged', async () => {
    const open = exposedApi()['notes.open'] as (args: unknown) => Promise<unknown>;

    const reply = await open({ id: 'Weekly.brief' });

    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('host:notes.open', { id: 'Weekly.brief' });
    expect(reply).toEqual({ ok: true, value: null });
  });

  it('passes on host events it recognises and drops anything else sent on the event channel', () => {
    const onEvent = exposedApi().onEvent as (listener: (event: HostEvent) => void) => void;
    const received: unknown[] = [];

    onEvent((event) => received.push(event));
    const subscribed = electron.listeners.filter(({ channel }) => channel === HOST_EVENT_CHANNEL);
    expect(subscribed).toHaveLength(1);
    const deliver: Listener = (event, ...args) => subscribed[0]?.listener(event, ...args);
    deliver({}, { type: 'library.changed', fileNames: ['a.brief'] });
    deliver({}, { type: 'menu.command', command: 'rm -rf' });
    deliver({}, 42);
    deliver({}, { type: 'library.changed', fileNames: [1] });
    deliver({}, { type: 'note.open', id: { toString: () => 'x.brief' } });
    deliver({}, null);
    deliver({}, { type: 'menu.command', command: 'save' });
    deliver({}, { type: 'note.open', id: 'b.brief' });

    expect(received).toEqual([
      { type: 'library.changed', fileNames: ['a.brief'] },
      { type: 'menu.command', command: 'save' },
      { type: 'note.open', id: 'b.brief' },
    ]);
  });

  it('listens on no channel but the host event channel', () => {
    expect(electron.listeners.every(({ channel }) => channel === HOST_EVENT_CHANNEL)).toBe(true);
  });
});
