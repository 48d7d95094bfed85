import type { Settings } from '../../core/host/settings';
import { chooseLanguage } from '../../core/i18n/language';
import { setUiLanguage } from '../i18n/ui-language';

/**
 * Shows the app in the theme and language the settings ask for. "System"
 * leaves the theme to `prefers-color-scheme` and the language to the
 * browser's locale (Electron gives it the operating system's).
 */
export function applyLook(settings: Pick<Settings, 'theme' | 'language'>): void {
  const root = document.documentElement;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  setUiLanguage(chooseLanguage(settings.language, navigator.language));
}
