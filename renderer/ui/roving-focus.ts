export interface RovingFocusOptions {
  /** Which arrow keys move: ←/→ for a toolbar, ↑/↓ for a list. */
  orientation: 'horizontal' | 'vertical';
  /** Runs when an item receives focus (from the keyboard or a click). */
  onFocus?(item: HTMLElement): void;
}

const KEYS = {
  horizontal: { next: 'ArrowRight', previous: 'ArrowLeft' },
  vertical: { next: 'ArrowDown', previous: 'ArrowUp' },
};

/**
 * One Tab stop for a group of items (WAI-ARIA "roving tabindex"): Tab enters
 * at the item last used, arrow keys, Home and End move between items.
 * Items are found by `selector` each time, so items added or re-rendered
 * later join in; disabled and hidden ones are skipped.
 */
export function rovingFocus(container: HTMLElement, selector: string, { orientation, onFocus }: RovingFocusOptions): void {
  let current: HTMLElement | null = null;
  const items = (): HTMLElement[] =>
    [...container.querySelectorAll<HTMLElement>(selector)].filter((item) => !(item as HTMLButtonElement).disabled && !item.closest('[hidden]'));

  const settle = (): void => {
    const all = items();
    if (!current || !all.includes(current)) current = all[0] ?? null;
    for (const item of container.querySelectorAll<HTMLElement>(selector)) item.tabIndex = item === current ? 0 : -1;
  };

  container.addEventListener('focusin', (event) => {
    const item = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(selector) : null;
    if (!item || !container.contains(item)) return;
    current = item;
    settle();
    onFocus?.(item);
  });

  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    const keys = KEYS[orientation];
    const target =
      event.key === keys.next ? all[(at + 1) % all.length]
      : event.key === keys.previous ? all[(at - 1 + all.length) % all.length]
      : event.key === 'Home' ? all[0]
      : event.key === 'End' ? all.at(-1)
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  // Items come and go (re-rendered lists) and get disabled (Undo): keep exactly one Tab stop.
  new MutationObserver(settle).observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  settle();
}
