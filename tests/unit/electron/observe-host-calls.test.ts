import { describe, expect, it, vi } from 'vitest';
import type { HostHandlers } from '../../../core/host/contract';
import { DEFAULT_SETTINGS } from '../../../core/host/settings';
import { observeHostCalls } from '../../../electron/main/observe-host-calls';

function fakeHandlers(): HostHandlers {
  return {
    'notes.open': vi.fn(async ({ id }: { id: string }) => ({ id, etag: 'e', readOnly: false })),
    'notes.save': vi.fn(async ({ id }: { id: string }) => ({ id, etag: 'e2' })),
    'notes.saveAs': vi.fn(async ({ name }: { name: string }) => ({ id: `${name}.brief`, etag: 'e3' })),
    'settings.set': vi.fn(async () => ({ settings: { ...DEFAULT_SETTINGS, autosave: false } })),
    'notes.list': vi.fn(),
  } as unknown as HostHandlers;
}

describe('observeHostCalls', () => {
  it('tells which note is open after open, save and save-as, and passes results through', async () => {
    const noteOpened = vi.fn();
    const handlers = observeHostCalls(fakeHandlers(), { noteOpened, settingsChanged: vi.fn() });

    await handlers['notes.open']({ id: 'a.brief' });
    await handlers['notes.save']({ id: 'a.brief' } as never);
    expect(await handlers['notes.saveAs']({ name: 'b' } as never)).toEqual({ id: 'b.brief', etag: 'e3' });

    expect(noteOpened.mock.calls).toEqual([['a.brief'], ['a.brief'], ['b.brief']]);
  });

  it('passes the saved settings on, and nothing when saving them failed', async () => {
    const settingsChanged = vi.fn();
    const inner = fakeHandlers();
    const handlers = observeHostCalls(inner, { noteOpened: vi.fn(), settingsChanged });
    await handlers['settings.set']({ settings: { autosave: false } });
    expect(settingsChanged).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ autosave: false }));

    vi.mocked(inner['settings.set']).mockRejectedValueOnce(new Error('disk full'));
    await expect(handlers['settings.set']({ settings: {} })).rejects.toThrow('disk full');
    expect(settingsChanged).toHaveBeenCalledTimes(1);
  });
});
