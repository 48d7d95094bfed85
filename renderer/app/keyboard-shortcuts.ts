import type { Platform } from '../../core/commands/accelerator';
import { APP_COMMANDS, type AppCommand } from '../../core/commands/app-commands';
import { matchesAccelerator, type KeyPress } from '../../core/commands/key-press';
import type { CommandRunner } from './command-runner';

/** The command of the table whose keys (`keys: 'app'`) this press is, if any. */
export function commandForKeyPress(press: KeyPress, platform: Platform): AppCommand | undefined {
  return (APP_COMMANDS as readonly AppCommand[]).find(
    (command) =>
      command.keys === 'app' &&
      [...(command.accelerator ? [command.accelerator] : []), ...(command.alsoKeys ?? [])].some((keys) => matchesAccelerator(press, keys, platform)),
  );
}

/**
 * The table's shortcuts, in browser mode and in Electron alike: Electron's
 * menu shows these keys without registering them, so each press runs the
 * command once, here. Keys the editor or the platform answer are left alone.
 * Under a modal dialog the runner runs nothing, and the browser's own meaning
 * of the keys (its Open, Save page, New window) stays off too.
 */
export function bindCommandShortcuts(target: Window, runner: CommandRunner, platform: Platform): void {
  target.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const command = commandForKeyPress(event, platform);
    if (!command || !runner.has(command.id)) return;
    event.preventDefault();
    void runner.run(command.id);
  });
}
