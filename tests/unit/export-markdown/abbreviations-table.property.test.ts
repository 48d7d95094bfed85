// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';
import { NOW, br, h, li, noteOf, p, t, ul } from './note-builders';

const pieces = ['#', '*', '_', '[', ']', '>', '|', '\\', '`', '~', '<', '&', '-', '1.', ':', ' ', '  ', 'a', 'Đ', 'ữ', 'UN', 'ASEAN', 'Hà Nội'];
const text = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((value) => /\S/.test(value));

/** A cell's content: text, marked text, a code span (perhaps with a pipe), and now and then a line break. */
const cell = fc
  .array(
    fc.oneof(
      text.map((value) => t(value)),
      fc.tuple(text, fc.constantFrom('bold', 'italic', 'strike')).map(([value, mark]) => t(value.trim() || 'x', mark)),
      fc.constantFrom('a|b', 'code', 'x y').map((value) => t(value, 'code')),
      fc.constant(br()),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .filter((nodes) => nodes[0]?.type === 'text' && nodes.at(-1)?.type === 'text');

const LINT = { default: true, MD013: false, MD025: { front_matter_title: '' }, MD036: false } as const;

function reimported(markdown: string): NoteFile {
  const result = markdownToNote(markdown, NOW);
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

function textsOf(node: DocumentNode): string {
  return node.text ?? (node.content ?? []).map(textsOf).join(node.type === 'paragraph' ? '' : '\n');
}

describe('the abbreviations annex (property)', () => {
  it('comes back as the same list, whether written as a table or kept a list, and passes markdownlint', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 4 }), (rows) => {
        const note = noteOf([h(2, t('Abbreviations')), ul(...rows.map(([abbreviation, meaning]) => li(p(...abbreviation, t(' — '), ...meaning))))]);
        const markdown = noteToMarkdown(note);
        const back = reimported(markdown);
        expect(noteToMarkdown(back)).toBe(markdown);
        expect(textsOf(back.doc)).toBe(textsOf(reimported(noteToMarkdown(note)).doc));
        expect(textsOf(back.doc).replace(/\s+/g, ' ')).toBe(textsOf(note.doc).replace(/\s+/g, ' '));
        expect(lint({ strings: { note: markdown }, config: LINT }).note, markdown).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
