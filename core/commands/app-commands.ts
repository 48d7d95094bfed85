import type { MenuMessageKey } from '../i18n/catalogues/menu';

/** The menus, in menu-bar order. */
export const COMMAND_GROUPS = ['file', 'edit', 'format', 'view', 'help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** An accelerator in Electron's syntax (`CmdOrCtrl+Shift+S`), or one per platform family where they differ. */
export type Accelerator = string | { mac: string; other: string };

/**
 * Who answers the keys:
 * - `app`: the renderer's shortcut listener runs the command (both hosts);
 * - `editor`: the editor's own keymap (Tiptap) already does;
 * - `native`: Electron's menu role or, in browser mode, the browser itself.
 */
export type KeyHandler = 'app' | 'editor' | 'native';

/** The Electron menu roles the table uses for commands the platform does best. */
export type NativeRole = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen';

export interface AppCommand {
  id: string;
  group: CommandGroup;
  label: MenuMessageKey;
  accelerator?: Accelerator;
  /** More keys that run it in the renderer (shown on the shortcut sheet, not in the menu). */
  alsoKeys?: readonly string[];
  keys?: KeyHandler;
  /** Electron's built-in behaviour instead of a command sent to the renderer. */
  role?: NativeRole;
  /** Starts a new section of its menu. */
  separatorBefore?: boolean;
}

/**
 * Every command of the application, once. The Electron menu, the renderer's
 * keyboard shortcuts and the shortcut sheet are all built from this table,
 * so they cannot disagree.
 */
export const APP_COMMANDS = [
  { id: 'new', group: 'file', label: 'menu.file.new', accelerator: 'CmdOrCtrl+N', keys: 'app' },
  { id: 'open', group: 'file', label: 'menu.file.open', accelerator: 'CmdOrCtrl+O', keys: 'app' },
  { id: 'importArticle', group: 'file', label: 'menu.file.importArticle', separatorBefore: true },
  { id: 'openSampleArticle', group: 'file', label: 'menu.file.openSampleArticle' },
  { id: 'save', group: 'file', label: 'menu.file.save', accelerator: 'CmdOrCtrl+S', keys: 'app', separatorBefore: true },
  { id: 'saveAs', group: 'file', label: 'menu.file.saveAs', accelerator: 'CmdOrCtrl+Shift+S', keys: 'app' },
  { id: 'rename', group: 'file', label: 'menu.file.rename' },
  { id: 'export', group: 'file', label: 'menu.file.export', accelerator: 'CmdOrCtrl+Shift+E', keys: 'app' },
  { id: 'settings', group: 'file', label: 'menu.file.settings', accelerator: 'CmdOrCtrl+,', keys: 'app', separatorBefore: true },

  { id: 'undo', group: 'edit', label: 'menu.edit.undo', accelerator: 'CmdOrCtrl+Z', keys: 'native', role: 'undo' },
  { id: 'redo', group: 'edit', label: 'menu.edit.redo', accelerator: 'CmdOrCtrl+Shift+Z', keys: 'native', role: 'redo' },
  { id: 'cut', group: 'edit', label: 'menu.edit.cut', accelerator: 'CmdOrCtrl+X', keys: 'native', role: 'cut', separatorBefore: true },
  { id: 'copy', group: 'edit', label: 'menu.edit.copy', accelerator: 'CmdOrCtrl+C', keys: 'native', role: 'copy' },
  { id: 'paste', group: 'edit', label: 'menu.edit.paste', accelerator: 'CmdOrCtrl+V', keys: 'native', role: 'paste' },
  { id: 'selectAll', group: 'edit', label: 'menu.edit.selectAll', accelerator: 'CmdOrCtrl+A', keys: 'native', role: 'selectAll' },
  { id: 'find', group: 'edit', label: 'menu.edit.find', accelerator: 'CmdOrCtrl+F', keys: 'app', separatorBefore: true },
  // Cmd+H hides the app on macOS, so the Mac's own Replace key is used there.
  { id: 'replace', group: 'edit', label: 'menu.edit.replace', accelerator: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' }, keys: 'app' },

  { id: 'heading1', group: 'format', label: 'menu.format.heading1', accelerator: 'CmdOrCtrl+Alt+1', keys: 'editor' },
  { id: 'heading2', group: 'format', label: 'menu.format.heading2', accelerator: 'CmdOrCtrl+Alt+2', keys: 'editor' },
  { id: 'heading3', group: 'format', label: 'menu.format.heading3', accelerator: 'CmdOrCtrl+Alt+3', keys: 'editor' },
  { id: 'paragraph', group: 'format', label: 'menu.format.paragraph', accelerator: 'CmdOrCtrl+Alt+0', keys: 'editor' },
  { id: 'bulletList', group: 'format', label: 'menu.format.bulletList', accelerator: 'CmdOrCtrl+Shift+8', keys: 'editor', separatorBefore: true },
  { id: 'orderedList', group: 'format', label: 'menu.format.orderedList', accelerator: 'CmdOrCtrl+Shift+7', keys: 'editor' },
  { id: 'quote', group: 'format', label: 'menu.format.quote', accelerator: 'CmdOrCtrl+Shift+B', keys: 'editor' },
  { id: 'bold', group: 'format', label: 'menu.format.bold', accelerator: 'CmdOrCtrl+B', keys: 'editor', separatorBefore: true },
  { id: 'italic', group: 'format', label: 'menu.format.italic', accelerator: 'CmdOrCtrl+I', keys: 'editor' },
  { id: 'addComment', group: 'format', label: 'menu.format.addComment', accelerator: 'CmdOrCtrl+Alt+M', keys: 'app', separatorBefore: true },
  { id: 'highlight', group: 'format', label: 'menu.format.highlight' },
  { id: 'nextComment', group: 'format', label: 'menu.format.nextComment', accelerator: 'CmdOrCtrl+Alt+Down', keys: 'app' },
  { id: 'previousComment', group: 'format', label: 'menu.format.previousComment', accelerator: 'CmdOrCtrl+Alt+Up', keys: 'app' },
  { id: 'insertDecision', group: 'format', label: 'menu.format.insertDecision', separatorBefore: true },
  { id: 'insertCriticalDate', group: 'format', label: 'menu.format.insertCriticalDate' },

  { id: 'zoomIn', group: 'view', label: 'menu.view.zoomIn', accelerator: 'CmdOrCtrl+Plus', keys: 'native', role: 'zoomIn' },
  { id: 'zoomOut', group: 'view', label: 'menu.view.zoomOut', accelerator: 'CmdOrCtrl+-', keys: 'native', role: 'zoomOut' },
  { id: 'resetZoom', group: 'view', label: 'menu.view.resetZoom', accelerator: 'CmdOrCtrl+0', keys: 'native', role: 'resetZoom' },
  { id: 'toggleOutline', group: 'view', label: 'menu.view.toggleOutline', separatorBefore: true },
  { id: 'toggleSource', group: 'view', label: 'menu.view.toggleSource' },
  { id: 'toggleAnnotations', group: 'view', label: 'menu.view.toggleAnnotations' },
  {
    id: 'toggleFullScreen',
    group: 'view',
    label: 'menu.view.fullScreen',
    accelerator: { mac: 'Ctrl+Cmd+F', other: 'F11' },
    keys: 'native',
    role: 'togglefullscreen',
    separatorBefore: true,
  },

  { id: 'keyboardShortcuts', group: 'help', label: 'menu.help.keyboardShortcuts', accelerator: 'CmdOrCtrl+/', alsoKeys: ['F1'], keys: 'app' },
  { id: 'about', group: 'help', label: 'menu.help.about', separatorBefore: true },
] as const satisfies readonly AppCommand[];

export type AppCommandId = (typeof APP_COMMANDS)[number]['id'];

/** The commands the renderer runs when a menu item (or key) asks: all but the native roles. */
export const RENDERER_COMMAND_IDS = APP_COMMANDS.filter((command: AppCommand) => !command.role).map((command) => command.id);

export function appCommand(id: string): AppCommand | undefined {
  return (APP_COMMANDS as readonly AppCommand[]).find((command) => command.id === id);
}
