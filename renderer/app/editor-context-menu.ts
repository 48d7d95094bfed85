import type { Editor } from '@tiptap/core';
import { acceleratorLabel, type Platform } from '../../core/commands/accelerator';
import { appCommand } from '../../core/commands/app-commands';
import { t } from '../i18n/ui-language';
import { openContextMenu, type ContextMenuItem } from '../ui/context-menu';
import type { CommandRunner } from './command-runner';

interface EditorContextMenuOptions {
  editor: Editor;
  runner: CommandRunner;
  platform: Platform;
  report(message: string): void;
}

const keysOf = (id: string, platform: Platform): string | undefined => {
  const accelerator = appCommand(id)?.accelerator;
  return accelerator ? acceleratorLabel(accelerator, platform) : undefined;
};

// The editor handles the clipboard events execCommand raises, with its own serialisers and paste rules.
function clipboardCommand(editor: Editor, command: 'cut' | 'copy'): void {
  editor.view.focus();
  document.execCommand(command);
}

async function pasteFromClipboard(editor: Editor, platform: Platform, report: (message: string) => void): Promise<void> {
  editor.view.focus();
  try {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes('text/html')) return void editor.view.pasteHTML(await (await item.getType('text/html')).text());
      if (item.types.includes('text/plain')) return void editor.view.pasteText(await (await item.getType('text/plain')).text());
    }
  } catch {
    report(t('desktop.paste.blocked', { keys: keysOf('paste', platform) ?? 'Ctrl+V' }));
  }
}

/**
 * Browser mode's right-click menu on the note. Shift+right-click leaves the
 * browser's own menu, which carries its spelling suggestions; the keyboard
 * opens it with Shift+F10 or the Menu key. (In Electron the main process
 * shows a native menu instead.)
 */
export function bindEditorContextMenu({ editor, runner, platform, report }: EditorContextMenuOptions): void {
  const open = (at: { x: number; y: number }): void => {
    const { empty } = editor.state.selection;
    const items: ContextMenuItem[] = [
      { label: t('desktop.contextMenu.cut'), keys: keysOf('cut', platform), disabled: empty, run: () => clipboardCommand(editor, 'cut') },
      { label: t('desktop.contextMenu.copy'), keys: keysOf('copy', platform), disabled: empty, run: () => clipboardCommand(editor, 'copy') },
      { label: t('desktop.contextMenu.paste'), keys: keysOf('paste', platform), run: () => void pasteFromClipboard(editor, platform, report) },
      'separator',
      { label: t('desktop.contextMenu.addComment'), keys: keysOf('addComment', platform), disabled: empty, run: () => void runner.run('addComment') },
      { label: t('desktop.contextMenu.quote'), keys: keysOf('quote', platform), run: () => void runner.run('quote') },
      'separator',
      { label: t('desktop.contextMenu.spellingHint'), disabled: true, run: () => {} },
    ];
    openContextMenu(items, {
      label: t('desktop.contextMenu.label'),
      at,
      onClose: (focusMoved) => {
        if (!focusMoved && !editor.isFocused) editor.view.focus();
      },
    });
  };

  editor.view.dom.addEventListener('contextmenu', (event) => {
    if (event.shiftKey) return;
    event.preventDefault();
    open({ x: event.clientX, y: event.clientY });
  });
  editor.view.dom.addEventListener('keydown', (event) => {
    if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return;
    event.preventDefault();
    const caret = editor.view.coordsAtPos(editor.state.selection.head);
    open({ x: caret.left, y: caret.bottom });
  });
}
