import type { Editor } from '@tiptap/core';
import type { NoteSession } from './note-session';
import { blockJSON } from './note-json';
import { sliceFor } from './background-slice';

/** The most taken from one idle moment; a key or click pressed meanwhile ends it after the batch under way. */
const SLICE_MS = 4;
/** The longest a slice waits for an idle moment. */
const IDLE_WAIT_MS = 50;
/** Blocks handed over at a time: each batch is one message to the worker. */
const BATCH = 25;

/**
 * From the first edit of a note just opened, hands its parts to the sender of
 * saves in idle moments (`HostBridge.holdNoteParts`): the first journal write
 * (400 ms later) or save of a long note then serialises only what was edited,
 * instead of the whole note at once on the typing path (11–23 ms for the
 * book-length note). Not from the opening: a note opened only to be read never
 * needs its parts as JSON, and they would be kept in memory (0.5–0.9 MB for
 * the book-length note). A write that comes before the note is all handed over
 * waits for the rest, handed over in slices one after another (`beforeWriting`):
 * while the user types there are few idle moments, and the book-length note's
 * first journal write otherwise serialised what was left at once (up to 10 ms).
 */
export function holdNoteAhead(editor: Editor, session: NoteSession, hold: (parts: readonly object[]) => void): void {
  let idle: number | undefined;
  let waitingForEdit = false;
  let handingOver = false;
  let next = 0;
  const stopWaitingForIdle = (): void => {
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
  };
  session.onLoad(() => {
    stopWaitingForIdle();
    waitingForEdit = !session.isReadOnly;
    handingOver = false;
    next = 0;
  });
  const handedOver = (): boolean => !handingOver || next >= editor.state.doc.childCount;
  const handOver = (due: () => boolean): void => {
    if (next === 0) hold([session.sources, session.annotations]);
    // The note as it is now: blocks edited meanwhile go with the save that follows the edit.
    const { doc } = editor.state;
    // At least one batch a slice, or a key waiting at each slice's start would stop it for good.
    do {
      const batch: object[] = [];
      for (const end = Math.min(next + BATCH, doc.childCount); next < end; next++) batch.push(blockJSON(doc.child(next)));
      hold(batch);
    } while (next < doc.childCount && !due());
  };
  const slice = (deadline: IdleDeadline): void => {
    idle = undefined;
    // While the user types there may be no idle moment at all: after IDLE_WAIT_MS a slice runs anyway.
    handOver(sliceFor(deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, deadline.timeRemaining())));
    if (!handedOver()) idle = requestIdleCallback(slice, { timeout: IDLE_WAIT_MS });
  };
  session.onEdit(() => {
    if (!waitingForEdit) return;
    waitingForEdit = false;
    handingOver = true;
    idle = requestIdleCallback(slice, { timeout: IDLE_WAIT_MS });
  });
  session.beforeWriting(async () => {
    while (!handedOver()) {
      stopWaitingForIdle();
      handOver(sliceFor(SLICE_MS));
      // A task apart from the next slice, so that a key waiting goes first.
      if (!handedOver()) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
}
