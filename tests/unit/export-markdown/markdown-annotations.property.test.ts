// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';
import { NOW, SOURCE, cite, citation, comment, highlight, li, noteOf, p, t, thread, ul } from './note-builders';

const LINT_CONFIG = { default: true, MD013: false, MD036: false };

const pieces = ['Hà Nội', 'EWG', '# x', '*', '_', '[1]', '>', '|', '\\', 'a.', '(b)', '2022', '–', ' '];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);

/** A run of text, perhaps bold, perhaps commented on by one or two threads, perhaps highlighted; or a citation. */
const run = fc.oneof(
  fc
    .record({ text, bold: fc.boolean(), threads: fc.subarray(['t1', 't2', 't3']), highlighted: fc.boolean() })
    .map(({ text: words, bold, threads, highlighted }) => [t(words, ...(bold ? ['bold'] : []), ...threads.map(comment), ...(highlighted ? [highlight('h1')] : []))]),
  fc.constantFrom([cite('c1', 2)], [cite('c2', 3)]),
);

const paragraph = fc.array(run, { minLength: 1, maxLength: 5 }).map((runs) => p(t('Lead '), ...runs.flat(), t(' end.')));
const block = fc.oneof(paragraph, paragraph.map((para) => ul(li(para))));

function annotatedNote(blocks: DocumentNode[]): NoteFile {
  return noteOf(blocks, {
    sources: [SOURCE],
    annotations: [
      citation('c1', 'co-chaired by Viet Nam and Japan'),
      citation('c2', 'strengthen cooperation in UN peacekeeping'),
      thread('t1', [['lan', 'Why *this*?'], ['minh', 'Source says so.\n> see ¶2']], 'minh'),
      thread('t2', [['lan', 'Check [dates] | figures']]),
      thread('t3', [['', '# heading-like comment']]),
    ],
  });
}

function textRuns(node: DocumentNode): string[] {
  return node.text ? [node.text] : (node.content ?? []).flatMap(textRuns);
}

function plainText(node: DocumentNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(plainText).join(node.type === 'paragraph' ? '' : '\n');
}

function reimported(markdown: string): NoteFile {
  const result = markdownToNote(markdown, NOW, { sources: [SOURCE] });
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

describe('Markdown export of annotated notes (property)', () => {
  it.each(['none', 'footnotes', 'criticmarkup'] as const)('with comments as %s: markdownlint-clean, and no text lost on import', (comments) => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const note = annotatedNote(blocks);
        const markdown = noteToMarkdown(note, { comments });
        expect((lint({ strings: { note: markdown }, config: LINT_CONFIG }).note ?? []).map((issue) => `${issue.lineNumber} ${issue.ruleNames[0]}`), markdown).toEqual([]);
        const back = plainText(reimported(markdown).doc);
        for (const run of textRuns(note.doc)) expect(back).toContain(run);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('with citations and no comments: export → import → export gives identical text', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const markdown = noteToMarkdown(annotatedNote(blocks));
        const back = reimported(markdown);
        expect(noteToMarkdown(back)).toBe(markdown);
        expect(back.annotations.length).toBe(new Set(markdown.match(/\[\^\d+\]:/g)).size);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
