import type { Editor } from '@tiptap/core';
import type { FindBar } from '../ui/find-bar';
import { isModalDialogOpen } from '../ui/modal-dialog';
import { matchPosition } from './find-in-note';

/** Longest selection taken into the find field when the bar opens; more is not a search, it is a passage. */
const MOST_SEEDED = 200;

/**
 * F3 / Shift+F3 go to the next / previous match (or open find). Bound on the
 * window so they work from any panel. Find and Replace themselves (Ctrl/Cmd+F,
 * Ctrl+H, Cmd+Alt+F) are commands of the command table, so the menu and the
 * keys cannot disagree.
 */
export function bindFindShortcuts(target: Window, find: { open(withReplace: boolean): void; isSearching(): boolean; findAgain(direction: 1 | -1): void }): void {
  target.addEventListener('keydown', (event) => {
    if (event.key !== 'F3' || event.ctrlKey || event.metaKey || event.altKey) return;
    // A dialog owns the keyboard while it is open. Asked only for F3: a search of the whole
    // page on every key typed cost a quarter of a millisecond beside 500 comment cards.
    if (isModalDialogOpen(target.document)) return;
    event.preventDefault();
    if (find.isSearching()) find.findAgain(event.shiftKey ? -1 : 1);
    else find.open(false);
  });
}

/** The selected text, when it is short enough to be what the user wants to find. */
export function selectedText(editor: Editor): string | undefined {
  const { from, to, empty } = editor.state.selection;
  if (empty) return undefined;
  const text = editor.state.doc.textBetween(from, to, '\n');
  return text.length <= MOST_SEEDED && !text.includes('\n') ? text : undefined;
}

/** Keeps "N of M" current while the bar is open, recounting at most once a frame rather than per transaction. */
export function keepMatchPositionShown(editor: Editor, bar: FindBar): () => void {
  let pending = 0;
  let matchShown = '';
  let scrollAsked = false;
  const show = (): void => {
    pending = 0;
    if (!bar.isOpen) return;
    const position = matchPosition(editor);
    bar.showPosition(position);
    const { from, to } = editor.state.selection;
    const match = position.current > 0 ? `${from}-${to}` : '';
    // A match is brought into view when it is new, or a command went to it (Enter, F3):
    // not on any other transaction, so the user may scroll away from it (a long note's
    // window sends one as it follows the scroll).
    if (match && (match !== matchShown || scrollAsked)) bringIntoView(editor, bar.root);
    matchShown = match;
    scrollAsked = false;
  };
  const schedule = (): void => {
    if (bar.isOpen && pending === 0) pending = requestAnimationFrame(show);
  };
  editor.on('transaction', ({ transaction }) => {
    if (transaction.scrolledIntoView) scrollAsked = true;
    schedule();
  });
  return schedule;
}

/**
 * Scrolls the match selected into view: below the bar, which floats over the top of the
 * note, or up from below the screen. ProseMirror's own scrolling to the selection does
 * nothing while the focus is in the find field.
 */
function bringIntoView(editor: Editor, barRoot: HTMLElement): void {
  const scroller = editor.view.dom.closest('.writing-area');
  if (!scroller) return;
  const match = editor.view.coordsAtPos(editor.state.selection.from);
  const barBottom = barRoot.getBoundingClientRect().bottom;
  const area = scroller.getBoundingClientRect();
  if (match.top < barBottom + 8) scroller.scrollTop -= barBottom + 48 - match.top;
  else if (match.bottom > area.bottom - 8) scroller.scrollTop += match.bottom - area.bottom + area.height / 3;
}
