import type { Dialog, Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalAfterConfirm } from './external-links';

/** No page of the app navigates away, opens windows or embeds webviews; links go to the OS, after asking. */
export function guardWebContents(contents: WebContents, deps: { shell: Shell; dialog: Dialog }): void {
  // The app is one page: a navigation is always a clicked link, never the app moving.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternalAfterConfirm(url, deps);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirm(url, deps);
    return { action: 'deny' };
  });
}

/** The app asks for no camera, microphone, location, notifications…: every permission is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
