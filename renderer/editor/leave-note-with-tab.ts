/**
 * In a list Tab indents the item, as in Word, so a keyboard user could not
 * Tab out of the note. After Escape, the next Tab (or Shift+Tab) is kept
 * from the editor and moves focus on as usual — the escape hatch CKEditor
 * and others use.
 */
export function leaveNoteWithTabAfterEscape(page: HTMLElement): void {
  let escaped = false;
  page.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') escaped = true;
      else if (event.key === 'Tab' && escaped) {
        // Seen here on the way down, before ProseMirror's keymap on the note: it never gets this Tab.
        event.stopPropagation();
        escaped = false;
      } else if (event.key !== 'Shift') escaped = false;
    },
    { capture: true },
  );
}
