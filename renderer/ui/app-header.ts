import { labelled } from '../i18n/ui-language';
import { element } from './element';

/**
 * The banner landmark at the top of the window: a "Skip to note" link (the
 * first Tab stop, shown only when focused), the application's name as the
 * page's one level-1 heading (for screen readers), and the toolbar.
 */
export function createAppHeader(toolbar: HTMLElement, focusNote: () => void): HTMLElement {
  const skip = labelled(element('a', { class: 'skip-link', href: '#note' }), 'a11y.skipToNote');
  // The address's fragment carries browser mode's token: focus the note, never navigate.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    focusNote();
  });
  return element('header', { class: 'app-header' }, skip, labelled(element('h1', { class: 'visually-hidden' }), 'common.appName'), toolbar);
}
