import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface HoldEditsOptions {
  /** True while nothing typed may change the note (another note is on its way in). */
  held: () => boolean;
}

/**
 * Holds back edits without touching the page: while `held()`, input events
 * are cancelled (typed text, deletions, pastes never reach the DOM) and any
 * transaction that would change the document is dropped (Enter, Undo, a
 * toolbar command). Making the editor read-only instead (contenteditable
 * off and on again) made Chromium restyle and lay out the whole note: 50–120
 * ms for the book-length note, on every click that opened another note.
 */
export const HoldEdits = Extension.create<HoldEditsOptions>({
  name: 'holdEdits',

  addOptions() {
    return { held: () => false };
  },

  addProseMirrorPlugins() {
    const { held } = this.options;
    return [
      new Plugin({
        key: new PluginKey('holdEdits'),
        filterTransaction: (transaction) => !transaction.docChanged || !held(),
        props: {
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              if (!held()) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
