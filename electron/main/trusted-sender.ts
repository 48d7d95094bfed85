import { isAppUrl } from './app-origin';

/** The parts of Electron's WebFrameMain this check looks at. */
export interface FrameLike {
  url: string;
}

/**
 * A host call is answered only when it comes from the app's own main frame
 * (not a subframe, not another window, not a page navigated elsewhere).
 */
export function isTrustedSender(sender: FrameLike | null | undefined, appMainFrame: FrameLike | null | undefined): boolean {
  return !!sender && !!appMainFrame && sender === appMainFrame && isAppUrl(sender.url);
}
