import type { Dialog, MessageBoxReturnValue, Shell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isOpenableExternally, openExternalAfterConfirm } from '../../../electron/main/external-links';

function fakeDesktop(response: number) {
  const openExternal = vi.fn(async () => {});
  const showMessageBox = vi.fn(async (): Promise<MessageBoxReturnValue> => ({ response, checkboxChecked: false }));
  return {
    openExternal,
    showMessageBox,
    deps: { shell: { openExternal } as unknown as Shell, dialog: { showMessageBox } as unknown as Dialog },
  };
}

describe('isOpenableExternally', () => {
  it.each(['http://example.com/', 'https://news.example/article?id=1', 'mailto:desk@example.com', 'HTTPS://EXAMPLE.COM'])(
    'lets %s open in the user’s programs',
    (url) => {
      expect(isOpenableExternally(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://briefing/index.html',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id',
    '//example.com',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isOpenableExternally(url)).toBe(false);
  });
});

describe('openExternalAfterConfirm', () => {
  it('opens a web link only after the user chooses Open link', async () => {
    const desktop = fakeDesktop(0);

    await openExternalAfterConfirm('https://news.example/article', desktop.deps);

    expect(desktop.showMessageBox).toHaveBeenCalledTimes(1);
    expect(desktop.openExternal).toHaveBeenCalledExactlyOnceWith('https://news.example/article');
  });

  it('does not open the link when the user cancels', async () => {
    const desktop = fakeDesktop(1);

    await openExternalAfterConfirm('https://news.example/article', desktop.deps);

    expect(desktop.showMessageBox).toHaveBeenCalledTimes(1);
    expect(desktop.openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///usr/bin/xterm', 'javascript:alert(1)', 'app://briefing/index.html'])(
    'never opens %s, and does not even ask',
    async (url) => {
      const desktop = fakeDesktop(0);

      await openExternalAfterConfirm(url, desktop.deps);

      expect(desktop.showMessageBox).not.toHaveBeenCalled();
      expect(desktop.openExternal).not.toHaveBeenCalled();
    },
  );

  it('shows the address being opened, with Cancel as the default', async () => {
    const desktop = fakeDesktop(1);

    await openExternalAfterConfirm('mailto:desk@example.com', desktop.deps);

    expect(desktop.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: 'mailto:desk@example.com', defaultId: 1, cancelId: 1 }));
  });
});
