import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../electron/main/app-menu';

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`${item?.label ?? item?.role} has no submenu`);
  return submenu;
}

function item(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).find((entry) => entry.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  if (!entry.click) throw new Error(`${entry.label} does nothing when clicked`);
  (entry.click as () => void)();
}

describe('appMenuTemplate', () => {
  it('has File, Edit, Format, View, Window and Help menus, in that order', () => {
    const template = appMenuTemplate(() => {}, 'linux');

    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', 'F&ormat', '&View', '&Window', '&Help']);
  });

  it('starts with the application menu on macOS only', () => {
    expect(appMenuTemplate(() => {}, 'darwin')[0]?.role).toBe('appMenu');
    expect(appMenuTemplate(() => {}, 'linux').some((menu) => menu.role === 'appMenu')).toBe(false);
    expect(appMenuTemplate(() => {}, 'win32').some((menu) => menu.role === 'appMenu')).toBe(false);
  });

  it('can be built in Vietnamese', () => {
    const template = appMenuTemplate(() => {}, 'win32', 'vi');

    expect(template.map((menu) => menu.label)).toEqual(['&Tệp', '&Sửa', '&Định dạng', '&Xem', '&Cửa sổ', 'T&rợ giúp']);
    expect(item(template, 'save').label).toBe('Lưu');
    expect(item(template, 'keyboardShortcuts').label).toBe('Phím tắt');
  });

  it.each([
    ['save', 'CmdOrCtrl+S'],
    ['new', 'CmdOrCtrl+N'],
    ['saveAs', 'CmdOrCtrl+Shift+S'],
    ['export', 'CmdOrCtrl+Shift+E'],
    ['find', 'CmdOrCtrl+F'],
    ['keyboardShortcuts', 'CmdOrCtrl+/'],
  ])('sends %s (%s) to the renderer when clicked', (id, accelerator) => {
    const send = vi.fn();
    const entry = item(appMenuTemplate(send, 'linux'), id);

    expect(entry.accelerator).toBe(accelerator);
    click(entry);

    expect(send).toHaveBeenCalledExactlyOnceWith(id);
  });

  it('shows but does not register the keys the page answers itself, so a key press runs a command once', () => {
    const template = appMenuTemplate(() => {}, 'linux');

    expect(item(template, 'save').registerAccelerator).toBe(false);
    expect(item(template, 'bold').registerAccelerator).toBe(false);
    expect(item(template, 'importArticle').registerAccelerator).toBeUndefined();
  });

  it('uses Electron’s roles for the clipboard, undo and zoom', () => {
    const template = appMenuTemplate(() => {}, 'darwin');

    expect(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom'].map((id) => item(template, id).role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ]);
  });

  it('gives Replace Cmd+Alt+F on macOS (Cmd+H hides the app) and Ctrl+H elsewhere', () => {
    expect(item(appMenuTemplate(() => {}, 'darwin'), 'replace').accelerator).toBe('Cmd+Alt+F');
    expect(item(appMenuTemplate(() => {}, 'win32'), 'replace').accelerator).toBe('Ctrl+H');
  });

  it('ends File with Quit, or Close on macOS', () => {
    const file = (platform: NodeJS.Platform) => submenuOf(appMenuTemplate(() => {}, platform).find((menu) => menu.label === '&File'));
    expect(file('linux').at(-1)?.role).toBe('quit');
    expect(file('darwin').at(-1)?.role).toBe('close');
  });

  it('separates sections but never starts a menu with a separator', () => {
    for (const menu of appMenuTemplate(() => {}, 'linux')) {
      if (!Array.isArray(menu.submenu)) continue;
      expect(menu.submenu[0]?.type).not.toBe('separator');
      expect(menu.submenu.filter((entry) => entry.type === 'separator').length).toBeGreaterThan(0);
    }
  });

  it('sends nothing while the menu is only being built', () => {
    const send = vi.fn();
    appMenuTemplate(send, 'linux');

    expect(send).not.toHaveBeenCalled();
  });
});
