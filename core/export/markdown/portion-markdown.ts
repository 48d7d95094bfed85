import type { MarkdownSerializerState } from 'prosemirror-markdown';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ALL_PORTION_MARKS } from '../../classification/portion-marks';

/** "(S) " at the start of a block's text: a portion mark, when the note has portion marking on. */
export const PORTION_PREFIX = new RegExp(`^\\((${ALL_PORTION_MARKS.map(escapeRegExp).join('|')})\\) `, 'u');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Markdown prefix for a block's portion mark, "(S) ", or '' for an unmarked block. */
export function portionPrefix(node: ProseMirrorNode): string {
  const mark = node.attrs.portion;
  return typeof mark === 'string' && mark !== '' && node.content.size > 0 ? `(${mark}) ` : '';
}

/**
 * Writes a block's text after its "(S) " prefix. An unmarked block whose own
 * text begins like a mark gets its parenthesis escaped, so that it is not
 * read back as one.
 */
export function writeWithPortion(state: MarkdownSerializerState, node: ProseMirrorNode, writeText: () => void): void {
  const prefix = portionPrefix(node);
  state.write(prefix);
  const output = state as unknown as { out: string };
  const start = output.out.length;
  writeText();
  if (prefix === '' && PORTION_PREFIX.test(output.out.slice(start))) output.out = `${output.out.slice(0, start)}\\${output.out.slice(start)}`;
}
