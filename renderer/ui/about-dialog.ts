import { t } from '../i18n/ui-language';
import { element } from './element';
import { dialogButton, openModalDialog } from './modal-dialog';

/** Help → About: the version, and which host the app runs in. */
export function showAboutDialog(info: { version: string; host: 'electron' | 'browser' }, onClose: () => void): void {
  const modal = openModalDialog(t('desktop.about.title'), onClose);
  const host = t(info.host === 'electron' ? 'desktop.about.hostElectron' : 'desktop.about.hostBrowser');
  modal.body.append(element('p', {}, t('desktop.about.version', { version: info.version })), element('p', {}, t('desktop.about.host', { host })));
  const close = dialogButton(t('common.close'), () => modal.close(), { primary: true });
  modal.actions.append(close);
  close.focus();
}
