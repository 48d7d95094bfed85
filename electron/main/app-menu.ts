import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/host/host-events';

/** The application menu: the platform's standard roles plus the note commands, with accelerators. */
export function appMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New Note', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
      { type: 'separator' },
      { label: '&Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
      { label: 'Save &As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('saveAs') },
      { label: '&Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Briefing Desk', role: 'about' }] },
  ];
}
