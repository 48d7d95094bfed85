import { Mark, mergeAttributes } from '@tiptap/core';

/**
 * Marks the text a comment thread is about. Not inclusive, so typing at its
 * edges does not extend it; excludes nothing, so threads may overlap.
 */
export const CommentAnchor = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  // Enter inside the anchored text must not carry the mark onto the new line.
  keepOnSplit: false,
  spanning: true,

  addAttributes() {
    return {
      threadId: { default: '', parseHTML: (element) => element.getAttribute('data-thread') ?? '' },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-thread]' }];
  },

  renderHTML({ mark, HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor', 'data-thread': mark.attrs.threadId }), 0];
  },
});
