import { platformOf, type Platform } from '../../core/commands/accelerator';

/** The user's platform as the page can tell it, for key names and shortcuts. */
export function currentPlatform(): Platform {
  const name = navigator.platform;
  return platformOf(/Mac|iPhone|iPad/.test(name) ? 'darwin' : /Win/.test(name) ? 'win32' : 'linux');
}
