import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { acceleratorFor, resolveAccelerator, type Platform } from '../../../core/commands/accelerator';
import { APP_COMMANDS, type AppCommand } from '../../../core/commands/app-commands';
import { keyPressFor } from '../../../core/commands/key-press';
import { shortcutSheet } from '../../../core/commands/shortcut-sheet';
import { MENU_COMMANDS, isHostEvent } from '../../../core/host/host-events';
import { messageKeys } from '../../../core/i18n/messages';
import { appMenuTemplate } from '../../../electron/main/app-menu';
import { commandForKeyPress } from '../../../renderer/app/keyboard-shortcuts';

const commands = APP_COMMANDS as readonly AppCommand[];
const PLATFORMS: Platform[] = ['darwin', 'win32', 'linux'];

function menuItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}

describe('the command table', () => {
  it('names each command once', () => {
    const ids = commands.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every label in English and Vietnamese', () => {
    const vietnamese = new Set(messageKeys('vi'));
    for (const command of commands) expect(vietnamese.has(command.label), command.label).toBe(true);
  });

  it.each(PLATFORMS)('gives no two commands the same keys on %s', (platform) => {
    const seen = new Map<string, string>();
    for (const command of commands) {
      for (const accelerator of [...(command.accelerator ? [command.accelerator] : []), ...(command.alsoKeys ?? [])]) {
        const { modifiers, key } = resolveAccelerator(accelerator, platform);
        const keys = `${[...modifiers].sort().join('+')}+${key.toLowerCase()}`;
        expect(seen.get(keys), `${command.id} and ${seen.get(keys)} share ${keys}`).toBeUndefined();
        seen.set(keys, command.id);
      }
    }
  });

  it('carries the commands the brief lists', () => {
    const ids = commands.map((command) => command.id);
    expect(ids).toEqual(
      expect.arrayContaining(['new', 'open', 'importArticle', 'openSampleArticle', 'save', 'saveAs', 'export', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'find', 'replace']),
    );
    expect(ids).toEqual(expect.arrayContaining(['heading1', 'bulletList', 'bold', 'italic', 'addComment', 'highlight', 'zoomIn', 'zoomOut', 'resetZoom', 'toggleOutline', 'keyboardShortcuts', 'about']));
  });
});

describe('menu, keyboard and shortcut sheet agree, being built from the table', () => {
  it.each(PLATFORMS)('the %s menu has every command with the table’s accelerator', (platform) => {
    const items = menuItems(appMenuTemplate(() => {}, platform));
    for (const command of commands) {
      const item = items.find((entry) => entry.id === command.id);
      expect(item, command.id).toBeDefined();
      expect(item?.accelerator).toBe(command.accelerator ? acceleratorFor(command.accelerator, platform) : undefined);
    }
  });

  it.each(PLATFORMS)('on %s, each key the renderer answers runs the command the menu shows it on', (platform) => {
    for (const command of commands.filter((entry) => entry.keys === 'app')) {
      for (const accelerator of [command.accelerator!, ...(command.alsoKeys ?? [])]) {
        expect(commandForKeyPress(keyPressFor(accelerator, platform), platform)?.id, `${command.id} ${String(accelerator)}`).toBe(command.id);
      }
    }
  });

  it('leaves keys the editor or the platform answer to them', () => {
    for (const command of commands.filter((entry) => entry.keys !== 'app' && entry.accelerator)) {
      expect(commandForKeyPress(keyPressFor(command.accelerator!, 'linux'), 'linux')).toBeUndefined();
    }
  });

  it.each(PLATFORMS)('the %s shortcut sheet lists every command that has keys, and only those', (platform) => {
    const listed = shortcutSheet(platform).flatMap((section) => section.rows.map((row) => row.id));
    expect(listed.sort()).toEqual(commands.filter((command) => command.accelerator).map((command) => command.id).sort());
  });

  it('shows Export… with Ctrl+Shift+E on Linux and ⇧⌘E on macOS', () => {
    const exportRow = (platform: Platform) => shortcutSheet(platform).flatMap((section) => section.rows).find((row) => row.id === 'export');
    expect(exportRow('linux')?.keys).toEqual([['Ctrl', 'Shift', 'E']]);
    expect(exportRow('darwin')?.keys).toEqual([['⇧', '⌘', 'E']]);
  });

  it('lets every command the menu sends cross to the renderer as a host event', () => {
    for (const command of commands.filter((entry) => !entry.role)) {
      expect(MENU_COMMANDS).toContain(command.id);
      expect(isHostEvent({ type: 'menu.command', command: command.id })).toBe(true);
    }
    expect(isHostEvent({ type: 'menu.command', command: 'formatDisk' })).toBe(false);
  });
});
