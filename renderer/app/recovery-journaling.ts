import type { NoteSession } from './note-session';

/** Well inside the promise that nothing older than a second is lost. */
export const JOURNAL_DELAY_MS = 400;

/** Writes the open note's unsaved state to the recovery journal shortly after each edit. */
export function journalEdits(session: NoteSession): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  session.onEdit(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      // A failed journal write is retried by the next edit; saving is unaffected.
      session.journal().catch(() => {});
    }, JOURNAL_DELAY_MS);
  });
}
