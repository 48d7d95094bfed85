import type { AppCommandId } from '../../core/commands/app-commands';

type Run = () => void | Promise<void>;

/**
 * What each command of the table does in this window. The menu (Electron),
 * the keyboard shortcuts and the context menu all run commands through it;
 * an area that owns a command (find and replace, the outline) registers it.
 * While `underModal()` says a modal dialog has the window, commands run nothing,
 * as under a native modal dialog: each opened its own dialog over the open one,
 * or started a new note behind it. Saving before the window closes still runs:
 * it answers the window's own question, whatever is open in it.
 */
export class CommandRunner {
  private readonly handlers = new Map<string, Run>();

  constructor(
    private readonly onUnavailable: (id: string) => void,
    private readonly underModal: () => boolean,
  ) {}

  register(id: AppCommandId | 'saveAndClose', run: Run): void {
    this.handlers.set(id, run);
  }

  has(id: string): boolean {
    return this.handlers.has(id);
  }

  async run(id: string): Promise<void> {
    if (id !== 'saveAndClose' && this.underModal()) return;
    const handler = this.handlers.get(id);
    if (!handler) return this.onUnavailable(id);
    await handler();
  }
}
