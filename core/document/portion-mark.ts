import { Extension } from '@tiptap/core';

/** The blocks that carry a portion mark: every paragraph, heading and recommendation (list items through their paragraphs). */
export const PORTION_BLOCK_TYPES = ['paragraph', 'heading', 'recommendation'] as const;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    portionMark: {
      /** Marks every block in the selection with `mark` ("S", "Mật"…), or clears it with null. */
      setPortionMark: (mark: string | null) => ReturnType;
    };
  }
}

/**
 * A paragraph's own classification, "(S)", as the block attribute `portion`
 * (the mark as written, e.g. "S"). Shown and exported only when the note has
 * portion marking on; a new block split from a marked one takes its mark.
 */
export const PortionMark = Extension.create({
  name: 'portionMark',

  addGlobalAttributes() {
    return [
      {
        types: [...PORTION_BLOCK_TYPES],
        attributes: {
          portion: {
            default: null,
            parseHTML: (element) => element.getAttribute('data-portion') || null,
            renderHTML: (attributes) => (attributes.portion ? { 'data-portion': attributes.portion } : {}),
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      setPortionMark:
        (mark) =>
        ({ state, tr, dispatch }) => {
          const { from, to } = state.selection;
          let changed = false;
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (!(PORTION_BLOCK_TYPES as readonly string[]).includes(node.type.name)) return true;
            if (node.attrs.portion !== mark) {
              tr.setNodeAttribute(pos, 'portion', mark);
              changed = true;
            }
            return false;
          });
          if (changed && dispatch) dispatch(tr);
          return changed;
        },
    };
  },
});
