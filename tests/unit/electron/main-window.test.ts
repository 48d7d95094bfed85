import { describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loadedUrl?: string }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly record: (typeof created)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      created.push(this.record);
    }
    once(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
  },
}));

describe('createMainWindow', () => {
  it('opens a sandboxed, isolated window without Node on app://', async () => {
    const { createMainWindow } = await import('../../../electron/main/main-window');
    createMainWindow('/app/out/preload/index.cjs');

    const [window] = created;
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window?.loadedUrl).toBe('app://briefing/index.html');
  });
});
