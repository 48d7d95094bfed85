import { Node, mergeAttributes } from '@tiptap/core';

export interface CitationAttributes {
  /** The id of the citation in the note's annotations. */
  citationId: string;
  /** The cited paragraph's number in the source (1-based), shown in the text. */
  paragraph: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation marker at the cursor. */
      insertCitation: (attributes: CitationAttributes) => ReturnType;
    };
  }
}

/**
 * A citation marker in the text, "[¶3]": an inline atom, so it moves with its
 * sentence through edits, undo and copy-paste, and is deleted as one piece.
 */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      citationId: { default: '', parseHTML: (element) => element.getAttribute('data-citation') ?? '' },
      paragraph: { default: 0, parseHTML: (element) => Number(element.getAttribute('data-paragraph') ?? 0) },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-citation]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'sup',
      mergeAttributes(HTMLAttributes, {
        class: 'citation',
        'data-citation': node.attrs.citationId,
        'data-paragraph': String(node.attrs.paragraph),
      }),
      `[¶${node.attrs.paragraph}]`,
    ];
  },

  renderText({ node }) {
    return `[¶${node.attrs.paragraph}]`;
  },

  addCommands() {
    return {
      insertCitation:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
    };
  },
});
