// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';
import { NOW, SOURCE } from './note-builders';

function read(markdown: string, sources = [SOURCE]): NoteFile {
  const result = markdownToNote(markdown, NOW, { sources });
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

function blockTexts(doc: DocumentNode): string[] {
  return (doc.content ?? []).map((block) => JSON.stringify(block).match(/"text":"((?:[^"\\]|\\.)*)"/g)?.map((m) => JSON.parse(m.slice(7)) as string).join('') ?? '');
}

describe('markdownToNote', () => {
  it('reads a note without front matter, taking its title from the first block', () => {
    const note = read('# Visit brief\n\nText *here*.\n');
    expect(note.meta).toMatchObject({ title: 'Visit brief', date: null, status: 'draft', classification: '', created: NOW.toISOString() });
    expect(note.doc.content?.[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Visit brief' }] });
  });

  it.each([
    ['---\ntitle: [unclosed\n---\nBody\n', 'not valid YAML'],
    ['---\n- a\n- b\n---\nBody\n', 'must be a list of "name: value" fields'],
    ['---\ntitle: x\ndate: 11/10/2022\n---\nBody\n', 'write it as YYYY-MM-DD'],
    ['---\ntitle: x\nstatus: approved\n---\nBody\n', 'not one of draft or final'],
    ['---\ntitle: { a: 1 }\n---\nBody\n', 'field "title" must be text'],
    ['---\nsource: VNA\n---\nBody\n', '"source" must hold'],
  ])('refuses bad front matter %j with a clear problem', (markdown, problem) => {
    const result = markdownToNote(markdown, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });

  it('keeps footnotes that are not citations as text paragraphs at the end', () => {
    const note = read('Claim[^a] and more[^b].\n\n[^a]: Said by *someone*.\n\n[^b]: Not a citation.\n\n[^unused]: Never referenced.\n\nLast paragraph.\n');
    expect(blockTexts(note.doc)).toEqual(['Claim[^a] and more[^b].', 'Last paragraph.', '[^a]: Said by someone.', '[^b]: Not a citation.', '[^unused]: Never referenced.']);
    expect(note.annotations).toEqual([]);
  });

  it('keeps a citation footnote as text when its quote is not in the source', () => {
    const note = read(`Claim[^1].\n\n[^1]: VNA, “${SOURCE.title}”, ¶2: “words the article never used”.\n`);
    expect(note.annotations).toEqual([]);
    expect(blockTexts(note.doc)[1]).toContain('words the article never used');
  });

  it('reads a citation whose quote spans the source’s paragraphs', () => {
    const note = read(`Claim[^1].\n\n[^1]: VNA, “${SOURCE.title}”, ¶2: “by video conference. The two sides agreed”.\n`);
    expect(note.annotations).toHaveLength(1);
    expect(note.annotations[0]).toMatchObject({ kind: 'citation', sourceId: SOURCE.id, selector: [{ exact: 'by video conference.\n\nThe two sides agreed' }, {}] });
  });

  it('keeps what the note schema cannot hold as text', () => {
    const note = read('![a map](map.png) [relative](notes.md) [web](https://vna.vn)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<div>html</div>\n\n##### Deep\n');
    expect(blockTexts(note.doc)).toEqual(['a map relative web', '| a | b | | - | - | | 1 | 2 |', '<div>html</div>', 'Deep']);
    expect(JSON.stringify(note.doc)).toContain('"href":"https://vna.vn"');
    expect(JSON.stringify(note.doc)).not.toContain('notes.md');
    expect(note.doc.content?.[3]?.attrs).toEqual({ level: 3 });
  });

  it('never throws, whatever the input', () => {
    const piece = fc.constantFrom('---\n', 'title: x\n', ': [', '# ', '> ', '- ', '1. ', '```', '[^1]', '[^1]: ', '¶2: “', '”.', '*', '_', '[', '](', ')', '<', '|', '\\', '\n', '\n\n', '    ', 'Hà Nội', '&amp;', '![', '~~');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece).map((parts) => parts.join(''))), (markdown) => {
        const result = markdownToNote(markdown, NOW, { sources: [SOURCE] });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
