import { describe, expect, it } from 'vitest';
import { acceleratorFor, acceleratorKeyNames, acceleratorLabel, ariaKeyShortcut, platformOf, resolveAccelerator } from '../../../core/commands/accelerator';
import { keyPressFor, matchesAccelerator } from '../../../core/commands/key-press';

describe('CmdOrCtrl on each platform', () => {
  it('is Command on macOS and Control on Windows and Linux', () => {
    expect([...resolveAccelerator('CmdOrCtrl+S', 'darwin').modifiers]).toEqual(['meta']);
    expect([...resolveAccelerator('CmdOrCtrl+S', 'win32').modifiers]).toEqual(['ctrl']);
    expect([...resolveAccelerator('CommandOrControl+S', 'linux').modifiers]).toEqual(['ctrl']);
  });

  it('shows ⌘ on macOS and Ctrl on Windows and Linux', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', 'darwin')).toBe('⇧⌘E');
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', 'win32')).toBe('Ctrl+Shift+E');
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', 'linux')).toBe('Ctrl+Shift+E');
    expect(acceleratorKeyNames('CmdOrCtrl+Alt+Down', 'darwin')).toEqual(['⌥', '⌘', '↓']);
    expect(acceleratorKeyNames('CmdOrCtrl+Plus', 'win32')).toEqual(['Ctrl', '+']);
  });

  it('picks the platform’s own accelerator where they differ', () => {
    const replace = { mac: 'Cmd+Alt+F', other: 'Ctrl+H' };
    expect(acceleratorFor(replace, 'darwin')).toBe('Cmd+Alt+F');
    expect(acceleratorFor(replace, 'win32')).toBe('Ctrl+H');
    expect(acceleratorLabel(replace, 'linux')).toBe('Ctrl+H');
  });

  it('names the keys for aria-keyshortcuts', () => {
    expect(ariaKeyShortcut('CmdOrCtrl+Shift+S', 'darwin')).toBe('Meta+Shift+S');
    expect(ariaKeyShortcut('CmdOrCtrl+Alt+Up', 'linux')).toBe('Control+Alt+ArrowUp');
  });

  it('treats any other platform as Linux', () => {
    expect(platformOf('freebsd')).toBe('linux');
    expect(platformOf('darwin')).toBe('darwin');
  });

  it('refuses an accelerator with an unknown modifier or no key', () => {
    expect(() => resolveAccelerator('Hyper+S', 'linux')).toThrow(/"Hyper" is not a modifier/);
    expect(() => resolveAccelerator('', 'linux')).toThrow(/names no key/);
  });
});

describe('matching key presses', () => {
  const press = { key: 's', code: 'KeyS', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

  it('matches Ctrl+S on Linux but not Cmd+S, and the reverse on macOS', () => {
    expect(matchesAccelerator({ ...press, ctrlKey: true }, 'CmdOrCtrl+S', 'linux')).toBe(true);
    expect(matchesAccelerator({ ...press, metaKey: true }, 'CmdOrCtrl+S', 'linux')).toBe(false);
    expect(matchesAccelerator({ ...press, metaKey: true }, 'CmdOrCtrl+S', 'darwin')).toBe(true);
    expect(matchesAccelerator({ ...press, ctrlKey: true }, 'CmdOrCtrl+S', 'darwin')).toBe(false);
  });

  it('wants exactly the modifiers named', () => {
    expect(matchesAccelerator({ ...press, ctrlKey: true, shiftKey: true }, 'CmdOrCtrl+S', 'linux')).toBe(false);
    expect(matchesAccelerator({ ...press, ctrlKey: true, shiftKey: true }, 'CmdOrCtrl+Shift+S', 'linux')).toBe(true);
  });

  it('matches letters by physical key, so Option on a Mac and other layouts still work', () => {
    expect(matchesAccelerator({ key: 'µ', code: 'KeyM', ctrlKey: false, metaKey: true, altKey: true, shiftKey: false }, 'CmdOrCtrl+Alt+M', 'darwin')).toBe(true);
  });

  it('accepts / typed with Shift (as on a German keyboard)', () => {
    expect(matchesAccelerator({ key: '/', code: 'Digit7', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true }, 'CmdOrCtrl+/', 'linux')).toBe(true);
  });

  it('builds presses that match their own accelerator on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const accelerator of ['CmdOrCtrl+Shift+E', 'F1', 'CmdOrCtrl+Alt+Down', 'CmdOrCtrl+/', 'CmdOrCtrl+0', 'CmdOrCtrl+Plus']) {
        expect(matchesAccelerator(keyPressFor(accelerator, platform), accelerator, platform)).toBe(true);
      }
    }
  });
});
