import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../electron/main/app-menu';

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`${item?.label ?? item?.role} has no submenu`);
  return submenu;
}

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return submenuOf(template.find((item) => item.label === '&File'));
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`${item?.label} does nothing when clicked`);
  (item.click as () => void)();
}

describe('appMenuTemplate', () => {
  it('has File, Edit, View, Window and Help menus, in that order', () => {
    const template = appMenuTemplate(() => {}, 'linux');

    expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', 'editMenu', '&View', 'windowMenu', 'help']);
  });

  it('starts with the application menu on macOS only', () => {
    expect(appMenuTemplate(() => {}, 'darwin')[0]?.role).toBe('appMenu');
    expect(appMenuTemplate(() => {}, 'linux').some((item) => item.role === 'appMenu')).toBe(false);
    expect(appMenuTemplate(() => {}, 'win32').some((item) => item.role === 'appMenu')).toBe(false);
  });

  it('saves with CmdOrCtrl+S', () => {
    const send = vi.fn();
    const save = fileMenu(appMenuTemplate(send, 'linux')).find((item) => item.label === '&Save');

    expect(save?.accelerator).toBe('CmdOrCtrl+S');
    click(save);

    expect(send).toHaveBeenCalledExactlyOnceWith('save');
  });

  it.each([
    ['&New Note', 'CmdOrCtrl+N', 'new'],
    ['&Open…', 'CmdOrCtrl+O', 'open'],
    ['Save &As…', 'CmdOrCtrl+Shift+S', 'saveAs'],
  ])('sends %s (%s) as the command %j', (label, accelerator, command) => {
    const send = vi.fn();
    const item = fileMenu(appMenuTemplate(send, 'darwin')).find((entry) => entry.label === label);

    expect(item?.accelerator).toBe(accelerator);
    click(item);

    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('ends File with Quit, or Close on macOS', () => {
    expect(fileMenu(appMenuTemplate(() => {}, 'linux')).at(-1)?.role).toBe('quit');
    expect(fileMenu(appMenuTemplate(() => {}, 'darwin')).at(-1)?.role).toBe('close');
  });

  it('sends nothing while the menu is only being built', () => {
    const send = vi.fn();
    appMenuTemplate(send, 'linux');

    expect(send).not.toHaveBeenCalled();
  });
});
