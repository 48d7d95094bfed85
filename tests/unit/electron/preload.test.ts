import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_CALL_NAMES } from '../../../core/host/call-names';
import { MENU_COMMAND_CHANNEL } from '../../../core/host/host-events';

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

  it('offers exactly the host calls and onMenuCommand, all functions', () => {
    const api = exposedApi();

    expect(Object.keys(api).sort()).toEqual([...HOST_CALL_NAMES, 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards a call to its own host: channel with the arguments unchanged', async () => {
    const open = exposedApi()['notes.open'] as (args: unknown) => Promise<unknown>;

    const reply = await open({ id: 'Weekly.brief' });

    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('host:notes.open', { id: 'Weekly.brief' });
    expect(reply).toEqual({ ok: true, value: null });
  });

  it('passes on menu commands it knows and drops anything else sent on the menu channel', () => {
    const onMenuCommand = exposedApi().onMenuCommand as (listener: (command: string) => void) => void;
    const received: unknown[] = [];

    onMenuCommand((command) => received.push(command));
    const subscribed = electron.listeners.filter(({ channel }) => channel === MENU_COMMAND_CHANNEL);
    expect(subscribed).toHaveLength(1);
    const deliver: Listener = (event, ...args) => subscribed[0]?.listener(event, ...args);
    deliver({}, 'save');
    deliver({}, 'rm -rf');
    deliver({}, 42);
    deliver({}, { toString: () => 'save' });
    deliver({}, 'saveAs');

    expect(received).toEqual(['save', 'saveAs']);
  });

  it('listens on no channel but the menu’s', () => {
    expect(electron.listeners.every(({ channel }) => channel === MENU_COMMAND_CHANNEL)).toBe(true);
  });
});
