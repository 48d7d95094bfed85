import { spawn } from 'node:child_process';

/** Asks the desktop to open `url` in the default browser; quietly does nothing where it cannot. */
export function openInDefaultBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No desktop to open it on (a server, a CI machine): the printed address is enough.
  }
}
