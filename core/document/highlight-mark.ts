import { Mark, mergeAttributes } from '@tiptap/core';

/** Highlighted text in the note, with its meaning (Key, Verify, Sensitive). */
export const NoteHighlight = Mark.create({
  name: 'highlight',
  inclusive: false,
  excludes: '',
  // Enter inside the anchored text must not carry the mark onto the new line.
  keepOnSplit: false,

  addAttributes() {
    return {
      highlightId: { default: '', parseHTML: (element) => element.getAttribute('data-highlight') ?? '' },
      meaning: { default: 'key', parseHTML: (element) => element.getAttribute('data-meaning') ?? 'key' },
    };
  },

  parseHTML() {
    return [{ tag: 'mark[data-highlight]' }];
  },

  renderHTML({ mark, HTMLAttributes }) {
    return ['mark', mergeAttributes(HTMLAttributes, { class: `highlight highlight-${mark.attrs.meaning}`, 'data-highlight': mark.attrs.highlightId, 'data-meaning': mark.attrs.meaning }), 0];
  },
});
