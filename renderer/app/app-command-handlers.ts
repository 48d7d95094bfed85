import type { ChainedCommands, Editor } from '@tiptap/core';
import type { Platform } from '../../core/commands/accelerator';
import { appCommand } from '../../core/commands/app-commands';
import type { HostBridge } from '../../core/host/host-bridge';
import { t } from '../i18n/ui-language';
import { showAboutDialog } from '../ui/about-dialog';
import { isModalDialogOpen } from '../ui/modal-dialog';
import { showShortcutSheet } from '../ui/shortcut-sheet';
import type { ArticleDrafts } from './article-drafts';
import { CommandRunner } from './command-runner';
import type { NoteAnnotations } from './note-annotations';
import type { NoteCommands } from './note-commands';
import type { NoteSession } from './note-session';
import { togglePanel } from './panel-toggles';

export interface AppCommandDeps {
  host: HostBridge;
  editor: Editor;
  session: NoteSession;
  commands: NoteCommands;
  drafts: Pick<ArticleDrafts, 'importArticle' | 'openSampleArticle'>;
  exportNote(): Promise<void>;
  noteAnnotations: Pick<NoteAnnotations, 'addComment' | 'highlight' | 'nextThread'>;
  /** The app's root element, whose classes show and hide panels. */
  root: HTMLElement;
  platform: Platform;
  report(message: string): void;
}

/**
 * What each command of the table does in this window. Find and Replace, and
 * any command a later area owns, are registered by that area on the runner.
 */
export function createAppCommands({ host, editor, session, commands, drafts, exportNote, noteAnnotations, root, platform, report }: AppCommandDeps): CommandRunner {
  const runner = new CommandRunner(
    (id) => {
      const label = appCommand(id)?.label;
      report(t('desktop.command.unavailable', { command: label ? t(label) : id }));
    },
    () => isModalDialogOpen(document),
  );
  const format = (apply: (chain: ChainedCommands) => ChainedCommands) => (): void => void apply(editor.chain().focus()).run();
  const modalClosed = (): void => session.focusEditor();

  runner.register('new', commands.newNote);
  runner.register('open', commands.openNote);
  runner.register('importArticle', drafts.importArticle);
  runner.register('openSampleArticle', drafts.openSampleArticle);
  runner.register('save', commands.save);
  runner.register('saveAs', commands.saveAs);
  runner.register('rename', () => (session.current.id ? commands.renameNote(session.current.id) : commands.saveAs()));
  runner.register('export', exportNote);
  runner.register('saveAndClose', async () => {
    await commands.save();
    if (!session.hasUnsavedChanges) window.close();
  });

  runner.register('heading1', format((chain) => chain.toggleHeading({ level: 1 })));
  runner.register('heading2', format((chain) => chain.toggleHeading({ level: 2 })));
  runner.register('heading3', format((chain) => chain.toggleHeading({ level: 3 })));
  runner.register('paragraph', format((chain) => chain.setParagraph()));
  runner.register('bulletList', format((chain) => chain.toggleBulletList()));
  runner.register('orderedList', format((chain) => chain.toggleOrderedList()));
  runner.register('quote', format((chain) => chain.toggleBlockquote()));
  runner.register('bold', format((chain) => chain.toggleBold()));
  runner.register('italic', format((chain) => chain.toggleItalic()));
  runner.register('addComment', () => noteAnnotations.addComment());
  runner.register('highlight', () => noteAnnotations.highlight('key'));
  runner.register('nextComment', () => noteAnnotations.nextThread(1));
  runner.register('previousComment', () => noteAnnotations.nextThread(-1));

  runner.register('toggleOutline', () => void togglePanel(root, 'outline'));
  runner.register('toggleSource', () => void togglePanel(root, 'source'));
  runner.register('toggleAnnotations', () => void togglePanel(root, 'annotations'));

  runner.register('keyboardShortcuts', () => showShortcutSheet(platform, { inBrowser: !window.briefingHost, onClose: modalClosed }));
  runner.register('about', async () => showAboutDialog(await host['app.info']({}), modalClosed));
  return runner;
}
