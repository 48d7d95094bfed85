// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';
import { NOW, br, h, li, noteOf, ol, p, quote, t, ul } from './note-builders';

const special = ['#', '*', '_', '[', ']', '>', '|', '\\', '`', '~', '<', '&', ';', '!', '(', ')', '-', '+', '=', '.', '1', '9', ':', '^', '{', '}'];
const letters = ['a', 'Z', 'ă', 'ế', 'Đ', 'ữ', 'Hà', 'Nội', 'ASEAN'];
const gap = [' ', '  ', '\t'];

/** Text that Markdown would misread if it were written unescaped. */
const trickyText = fc
  .array(fc.constantFrom(...special, ...special, ...letters, ...gap), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((text) => /\S/.test(text));
const words = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));

/** Inline content: tricky text, plain or bold/italic/struck, code spans of words (a tab in code would trip MD010), and hard breaks. */
const inline = fc
  .array(fc.oneof(trickyText.map((text) => [t(text)]), fc.oneof(fc.tuple(fc.oneof(words, trickyText), fc.constantFrom('bold', 'italic', 'strike')), fc.tuple(words, fc.constant('code'))).map(([text, mark]) => [t(mark === 'code' ? text : ` ${text} `.trim(), mark)]), fc.constant([br()])), {
    minLength: 1,
    maxLength: 5,
  })
  .map((runs) => runs.flat())
  .filter((nodes) => nodes[0]?.type === 'text' && nodes.at(-1)?.type === 'text');

const plainInline = trickyText.map((text) => [t(text)]);

const block = (content: fc.Arbitrary<DocumentNode[]>): fc.Arbitrary<DocumentNode> =>
  fc.oneof(
    content.map((nodes) => p(...nodes)),
    fc.tuple(fc.integer({ min: 1, max: 3 }), content).map(([level, nodes]) => h(level, ...nodes.filter((node) => node.type !== 'hardBreak'))),
    fc.array(content, { minLength: 1, maxLength: 3 }).map((items) => ul(...items.map((nodes) => li(p(...nodes))))),
    fc.array(content, { minLength: 1, maxLength: 3 }).map((items) => ol(...items.map((nodes) => li(p(...nodes), ul(li(p(t('nested')))))))),
    content.map((nodes) => quote(p(...nodes))),
  );

const noteFrom = (blocks: DocumentNode[]): NoteFile => noteOf(blocks.filter((b) => b.type !== 'heading' || (b.content ?? []).length > 0));

/**
 * markdownlint's defaults less MD013 (line length) and the rules about what the
 * author wrote rather than how it is written: heading levels and duplicates
 * (MD001, MD024, MD025), trailing punctuation in headings (MD026) and a
 * paragraph that is all bold (MD036).
 */
const LINT_CONFIG = { default: true, MD013: false, MD001: false, MD024: false, MD025: false, MD026: false, MD036: false };

function lintProblems(markdown: string): string[] {
  return (lint({ strings: { note: markdown }, config: LINT_CONFIG }).note ?? []).map((issue) => `${issue.lineNumber} ${issue.ruleNames[0]}`);
}

function reimported(markdown: string): NoteFile {
  const result = markdownToNote(markdown, NOW);
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

describe('Markdown round trip (property)', () => {
  it('plain text with Markdown syntax characters and Vietnamese survives exactly', () => {
    fc.assert(
      fc.property(fc.array(block(plainInline), { minLength: 1, maxLength: 5 }), (blocks) => {
        const note = noteFrom(blocks);
        const back = reimported(noteToMarkdown(note));
        expect(JSON.stringify(back.doc.content)).toBe(JSON.stringify(reimported(noteToMarkdown(back)).doc.content));
        expect(textsOf(back.doc)).toEqual(textsOf(note.doc));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('export → import → export gives identical, markdownlint-clean text for marked, broken lines', () => {
    fc.assert(
      fc.property(fc.array(block(inline), { minLength: 1, maxLength: 5 }), (blocks) => {
        const markdown = noteToMarkdown(noteFrom(blocks));
        expect(noteToMarkdown(reimported(markdown))).toBe(markdown);
        expect(lintProblems(markdown), markdown).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** Every text node's text, in order: what a reader sees. */
function textsOf(node: DocumentNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(textsOf).join(node.type === 'paragraph' || node.type === 'heading' ? '' : '\n');
}
