import { describe, expect, it, vi } from 'vitest';

interface Created {
  options: Record<string, unknown>;
  loadedUrl?: string;
  calls: string[];
  fire(event: string): void;
}
const created: Created[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly record: Created;
    private readonly listeners = new Map<string, () => void>();
    readonly webContents = {
      on: (event: string, listener: () => void) => this.listeners.set(`webContents:${event}`, listener),
      setZoomLevel: (level: number) => this.record.calls.push(`zoom ${level}`),
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, calls: [], fire: (event) => this.listeners.get(event)?.() };
      created.push(this.record);
    }
    once(event: string, listener: () => void): void {
      this.listeners.set(event, listener);
    }
    maximize(): void {
      this.record.calls.push('maximize');
    }
    show(): void {
      this.record.calls.push('show');
    }
    loadURL(url: string): Promise<void> {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
  },
}));

const placement = { width: 1000, height: 700, x: 40, y: 30, maximised: false, zoomLevel: 0 };

describe('createMainWindow', () => {
  it('opens a sandboxed, isolated window without Node on app://', async () => {
    const { createMainWindow } = await import('../../../electron/main/main-window');
    createMainWindow('/app/out/preload/index.cjs', placement);

    const window = created.at(-1);
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
      spellcheck: true,
    });
    expect(window?.loadedUrl).toBe('app://briefing/index.html');
  });

  it('opens where the window was, maximised again and at its zoom', async () => {
    const { createMainWindow } = await import('../../../electron/main/main-window');
    createMainWindow('/p.cjs', { ...placement, maximised: true, zoomLevel: 2 });
    const window = created.at(-1)!;

    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    window.fire('ready-to-show');
    window.fire('webContents:did-finish-load');
    expect(window.calls).toEqual(['maximize', 'show', 'zoom 2']);
  });
});
