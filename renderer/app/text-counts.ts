import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface TextCounts {
  words: number;
  characters: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WORD_LIKE = /[\p{L}\p{N}]/u;

/**
 * Words and characters as Word and Vietnamese editors count them: a word is a
 * run of non-space characters holding a letter or digit, so each Vietnamese
 * syllable ("Hà Nội" is two) counts once and a lone "–" not at all.
 * Characters are user-perceived characters, spaces included, line breaks not:
 * "ệ" is one whether stored composed or with combining marks.
 */
export function countText(text: string): TextCounts {
  let words = 0;
  for (const run of text.split(/\s+/u)) if (WORD_LIKE.test(run)) words++;
  let characters = 0;
  for (const { segment } of graphemes.segment(text)) if (segment !== '\n' && segment !== '\r\n' && segment !== '\r') characters++;
  return { words, characters };
}

/** The text between two positions of a note, blocks on their own lines; citation markers are not words. */
export function noteText(doc: ProseMirrorNode, from = 0, to = doc.content.size): string {
  return doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''));
}

const blockCounts = new WeakMap<ProseMirrorNode, TextCounts>();

/**
 * The counts of the note between two positions (the whole note by default).
 * Each top-level block the range covers whole is counted once and remembered:
 * ProseMirror keeps an unchanged block as the same object, so counting again
 * after an edit costs the blocks the edit touched, not the whole note.
 * Blocks stand on their own lines, so their counts add up.
 *
 * Once `due()` says so (see `sliceFor`) it stops and answers null, keeping
 * what it counted: the first count of a book-length note is done in slices
 * between keystrokes, not in one long task. Each call counts at least one
 * block, so that a count asked again and again comes to an end.
 */
export function countNote(doc: ProseMirrorNode, from = 0, to = doc.content.size, due: () => boolean = () => false): TextCounts | null {
  const total = { words: 0, characters: 0 };
  let countedOne = false;
  for (let index = 0, start = 0; index < doc.childCount; index++) {
    const block = doc.child(index);
    const end = start + block.nodeSize;
    if (end > from && start < to) {
      let counts = start >= from && end <= to ? blockCounts.get(block) : undefined;
      if (!counts) {
        if (countedOne && due()) return null;
        countedOne = true;
        counts = countText(start >= from && end <= to ? noteText(block) : noteText(doc, Math.max(from, start), Math.min(to, end)));
        if (start >= from && end <= to) blockCounts.set(block, counts);
      }
      total.words += counts.words;
      total.characters += counts.characters;
    }
    start = end;
  }
  return total;
}
