/** The side panels View can show or hide; styles/desktop.css hides each by its root class. */
export type Panel = 'outline' | 'source' | 'annotations';

/**
 * Shows or hides a panel by a class on the app's root (`hide-<panel>`),
 * so a panel that hides itself when empty (the source pane) keeps doing so.
 * Answers whether the panel is now shown.
 */
export function togglePanel(root: HTMLElement, panel: Panel): boolean {
  return !root.classList.toggle(`hide-${panel}`);
}
