const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab cycling inside `container` (a modal dialog).
 * `showModal()` already makes the page behind inert, but from the last
 * control Tab would leave for the browser's own interface or the empty
 * document; here it wraps to the first control, as desktop dialogs do.
 */
export function trapTab(container: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (stop) => !(stop as HTMLButtonElement).disabled && stop.tabIndex >= 0 && stop.checkVisibility(),
    );
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const wrapTo = event.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
    if (!wrapTo) return;
    event.preventDefault();
    wrapTo.focus();
  });
}

/** The element that has focus now, to give it back with `returnFocus` once a dialog closes. */
export function rememberFocus(): () => void {
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  return () => {
    // Only when nothing else took focus meanwhile (the dialog's action may have moved it on purpose).
    const lost = !document.activeElement || document.activeElement === document.body;
    if (opener?.isConnected && lost) opener.focus({ preventScroll: true });
  };
}
