import { Editor, type JSONContent } from '@tiptap/core';
import { noteExtensions } from '../../core/document/note-extensions';
import { leaveNoteWithTabAfterEscape } from './leave-note-with-tab';
import { FindAndReplace } from '../app/find-in-note';
import { withBriefingBlockViews } from './briefing-block-views';
import { HoldEdits } from './hold-edits';
import { LongNoteWindow } from './long-note-window';

export interface NoteEditorOptions {
  element: HTMLElement;
  onChange: () => void;
  /** Whether the open note has portion marking on (its marks are then shown). */
  portionMarking?: () => boolean;
  /** True while typing must not change the note (another note is being opened). */
  editsHeld?: () => boolean;
}

/** The rich-text editor for a note's body: the core schema, mounted on `element`. */
export function createNoteEditor({ element, onChange, portionMarking = () => false, editsHeld = () => false }: NoteEditorOptions): Editor {
  leaveNoteWithTabAfterEscape(element);
  return new Editor({
    element,
    extensions: [...withBriefingBlockViews(noteExtensions(), portionMarking), FindAndReplace, HoldEdits.configure({ held: editsHeld }), LongNoteWindow],
    // The page's CSP forbids inline <style>; the editor's CSS lives in styles/editor.css.
    injectCSS: false,
    autofocus: 'start',
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-label': 'Briefing note',
        'aria-multiline': 'true',
        spellcheck: 'true',
        class: 'note-body',
      },
    },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) onChange();
    },
  });
}

export type { Editor, JSONContent };
