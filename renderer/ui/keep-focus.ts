const CONTROLS = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

interface Remembered {
  element: HTMLElement;
  item: string | null;
  name: string;
  index: number;
}

/**
 * The library and the comment margin rebuild their rows on every change. When
 * a rebuild removes the focused control, focus would fall to the page and a
 * keyboard user would start again from the top; instead it goes to the
 * control that replaced it (same name in the same item), else the first
 * control of that item, else the control now in the same place.
 * `itemOf` names the row a control belongs to.
 */
export function keepFocusAcrossRebuilds(container: HTMLElement, itemOf: (control: HTMLElement) => string | null): void {
  let last: Remembered | null = null;
  const controls = (): HTMLElement[] => [...container.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => control.checkVisibility());
  const nameOf = (control: HTMLElement): string => control.getAttribute('aria-label') ?? control.textContent ?? '';

  container.addEventListener('focusin', (event) => {
    const element = event.target as HTMLElement;
    last = { element, item: itemOf(element), name: nameOf(element), index: controls().indexOf(element) };
  });

  // Focus that moved on elsewhere is not ours to bring back. (Removal blurs with no relatedTarget.)
  container.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !container.contains(event.relatedTarget)) last = null;
  });

  new MutationObserver(() => {
    if (!last || last.element.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const now = controls();
    const sameItem = now.filter((control) => last!.item !== null && itemOf(control) === last!.item);
    const target = sameItem.find((control) => nameOf(control) === last!.name) ?? sameItem[0] ?? now[Math.min(last.index, now.length - 1)];
    last = null;
    target?.focus({ preventScroll: true });
  }).observe(container, { childList: true, subtree: true });
}
