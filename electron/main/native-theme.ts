import type { HostHandlers } from '../../core/host/contract';
import type { Theme } from '../../core/host/settings';

/**
 * The host's handlers, telling Electron the theme each time settings are read
 * or changed, so the native menu bar, title bar and dialogs match the page:
 * `nativeTheme.themeSource` takes the same three words as the setting.
 */
export function followThemeSetting(handlers: HostHandlers, setThemeSource: (theme: Theme) => void): HostHandlers {
  return {
    ...handlers,
    'settings.get': async (args) => {
      const result = await handlers['settings.get'](args);
      setThemeSource(result.settings.theme);
      return result;
    },
    'settings.set': async (args) => {
      const result = await handlers['settings.set'](args);
      setThemeSource(result.settings.theme);
      return result;
    },
  };
}
