// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSchema, type Editor } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';
import type { NoteSession } from '../../../renderer/app/note-session';

const schema = getSchema(noteExtensions());

function noteOf(blocks: number) {
  return schema.node(
    'doc',
    null,
    Array.from({ length: blocks }, (_, index) => schema.node('paragraph', null, [schema.text(`Paragraph ${index}.`)])),
  );
}

/** The parts of a session holdNoteAhead listens to, driven by the test. */
function sessionStub() {
  const listeners = { load: [] as (() => void)[], edit: [] as (() => void)[], write: [] as (() => Promise<void>)[] };
  const session = {
    isReadOnly: false,
    sources: [{ id: 's1' }],
    annotations: [],
    onLoad: (listener: () => void) => listeners.load.push(listener),
    onEdit: (listener: () => void) => listeners.edit.push(listener),
    beforeWriting: (work: () => Promise<void>) => listeners.write.push(work),
  };
  return {
    session: session as unknown as NoteSession,
    load: () => listeners.load.forEach((listener) => listener()),
    edit: () => listeners.edit.forEach((listener) => listener()),
    prepareToWrite: async () => {
      for (const work of listeners.write) await work();
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('holdNoteAhead', () => {
  it('makes a write that comes before the note is handed over wait for the rest, handed over a slice per task', async () => {
    // Typing without a pause: no idle moment comes, and a key is always waiting, so each slice hands over one batch.
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => true } });
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => {});
    const { holdNoteAhead } = await import('../../../renderer/app/hold-note-ahead');
    const doc = noteOf(100);
    const held: object[][] = [];
    const { session, load, edit, prepareToWrite } = sessionStub();
    holdNoteAhead({ state: { doc } } as unknown as Editor, session, (parts) => held.push([...parts]));
    load();
    await prepareToWrite();
    expect(held, 'before the first edit there is nothing to hand over').toEqual([]);
    edit();
    expect(held, 'nothing is handed over on the typing path').toEqual([]);
    const tasks = vi.spyOn(globalThis, 'setTimeout');
    await prepareToWrite();
    // The sources and annotations, then the blocks in batches of 25: four slices, a task apart.
    expect(held.map((parts) => parts.length)).toEqual([2, 25, 25, 25, 25]);
    expect(held.slice(1).flat()).toEqual(Array.from({ length: 100 }, (_, index) => doc.child(index).toJSON()));
    expect(tasks).toHaveBeenCalledTimes(3);
    await prepareToWrite();
    expect(held, 'handed over once').toHaveLength(5);
  });
});
