import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PORTION_BLOCK_TYPES } from '../../core/document/portion-mark';
import { t } from '../i18n/ui-language';

export interface PortionMarkDecorationsOptions {
  /** Whether the open note has portion marking on. */
  isOn: () => boolean;
}

const key = new PluginKey<DecorationSet>('portionMarks');
const MARKED = new Set<string>(PORTION_BLOCK_TYPES);

/** Tells the decorations to redraw (portion marking switched, language changed). */
export const REFRESH_PORTION_MARKS = 'refreshPortionMarks';

/**
 * With portion marking on, shows each block's mark as a prefix "(S)" and
 * flags blocks with text but no mark "(?)", outlined. Decorations only: the
 * mark is the block's `portion` attribute, never text in the note.
 */
export const PortionMarkDecorations = Extension.create<PortionMarkDecorationsOptions>({
  name: 'portionMarkDecorations',

  addOptions() {
    return { isOn: () => false };
  },

  addProseMirrorPlugins() {
    const isOn = this.options.isOn;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorations(state.doc, isOn()),
          apply: (tr, previous) => (tr.docChanged || tr.getMeta(REFRESH_PORTION_MARKS) ? decorations(tr.doc, isOn()) : previous),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});

function decorations(doc: ProseMirrorNode, on: boolean): DecorationSet {
  if (!on) return DecorationSet.empty;
  const found: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!MARKED.has(node.type.name)) return true;
    const mark = typeof node.attrs.portion === 'string' && node.attrs.portion !== '' ? node.attrs.portion : null;
    if (mark === null && node.textContent.trim() === '') return false;
    found.push(Decoration.widget(position + 1, () => prefix(mark), { side: -1, key: `portion-${mark ?? '?'}`, ignoreSelection: true }));
    if (mark === null) found.push(Decoration.node(position, position + node.nodeSize, { class: 'portion-unmarked' }));
    return false;
  });
  return DecorationSet.create(doc, found);
}

function prefix(mark: string | null): HTMLElement {
  const span = document.createElement('span');
  span.className = mark === null ? 'portion-prefix portion-missing' : 'portion-prefix';
  span.contentEditable = 'false';
  span.textContent = mark === null ? '(?)' : `(${mark})`;
  if (mark === null) span.title = t('blocks.portion.missing');
  return span;
}
