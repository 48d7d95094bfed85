import { element } from './element';

export type ContextMenuItem = { label: string; run(): void; disabled?: boolean; keys?: string } | 'separator';

export interface ContextMenuOptions {
  /** The menu's accessible name. */
  label: string;
  /** Where it opens (viewport coordinates); it is kept inside the window. */
  at: { x: number; y: number };
  /**
   * Runs however the menu closed, before the chosen item runs. `focusMoved`: focus
   * already went elsewhere (a shortcut opened a dialog, say), so it is not to be taken back.
   */
  onClose(focusMoved: boolean): void;
}

/**
 * An in-page menu (WAI-ARIA menu pattern): focus moves into it, arrow keys,
 * Home and End move between items, Enter or Space choose, Escape, Tab or a
 * click elsewhere close it, and so does focus leaving it (a shortcut typed in
 * it that opened a dialog left it open behind the dialog, and after it).
 */
export function openContextMenu(items: readonly ContextMenuItem[], { label, at, onClose }: ContextMenuOptions): HTMLElement {
  document.querySelector('.context-menu')?.dispatchEvent(new Event('close-menu'));
  const menu = element('div', { class: 'context-menu', role: 'menu', 'aria-label': label, tabindex: '-1' });
  const entries: HTMLButtonElement[] = [];
  let closed = false;
  const close = (focusMoved = false): void => {
    if (closed) return;
    closed = true;
    menu.remove();
    document.removeEventListener('pointerdown', onOutside, true);
    window.removeEventListener('blur', dismiss);
    onClose(focusMoved);
  };
  const dismiss = (): void => close();
  const onOutside = (event: Event): void => {
    if (!menu.contains(event.target as Node)) dismiss();
  };

  for (const item of items) {
    if (item === 'separator') {
      menu.append(element('div', { role: 'separator', class: 'context-menu-separator' }));
      continue;
    }
    const button = element(
      'button',
      { type: 'button', role: 'menuitem', tabindex: '-1', 'aria-disabled': item.disabled ? 'true' : undefined },
      element('span', { class: 'context-menu-label' }, item.label),
      ...(item.keys ? [element('span', { class: 'context-menu-keys', 'aria-hidden': 'true' }, item.keys)] : []),
    );
    button.addEventListener('click', () => {
      if (item.disabled) return;
      close();
      item.run();
    });
    menu.append(button);
    entries.push(button);
  }

  const enabled = (): HTMLButtonElement[] => entries.filter((entry) => entry.getAttribute('aria-disabled') !== 'true');
  const move = (step: 1 | -1 | 'first' | 'last'): void => {
    const choices = enabled();
    if (!choices.length) return;
    const index = choices.indexOf(document.activeElement as HTMLButtonElement);
    const next = step === 'first' ? 0 : step === 'last' ? choices.length - 1 : (index + step + choices.length) % choices.length;
    choices[next]?.focus();
  };
  menu.addEventListener('keydown', (event) => {
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => move('first'),
      End: () => move('last'),
      Escape: dismiss,
      Tab: dismiss,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  });
  menu.addEventListener('close-menu', dismiss);
  menu.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) close(true);
  });

  document.body.append(menu);
  const { width, height } = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(0, Math.min(at.x, window.innerWidth - width - 4))}px`;
  menu.style.top = `${Math.max(0, Math.min(at.y, window.innerHeight - height - 4))}px`;
  document.addEventListener('pointerdown', onOutside, true);
  window.addEventListener('blur', dismiss);
  if (enabled().length) move('first');
  else menu.focus();
  return menu;
}
