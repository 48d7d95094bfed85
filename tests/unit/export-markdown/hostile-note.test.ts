import { describe, expect, it } from 'vitest';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';
import { createEmptyNote } from '../../../core/document/note-format';
import { noteToMarkdown } from '../../../core/export/markdown';

function noteWith(content: DocumentNode[], patch: Partial<NoteFile> = {}): NoteFile {
  return { ...createEmptyNote(new Date('2026-11-28T00:00:00Z')), doc: { type: 'doc', content }, ...patch };
}

// A .brief file can be hand-edited or shared: its export must not smuggle HTML or script links into tools that render Markdown.
describe('Markdown export of a hostile note', () => {
  it('never lets a code block out of its fence through the language', () => {
    const markdown = noteToMarkdown(
      noteWith([{ type: 'codeBlock', attrs: { language: 'a`b\n<script>' }, content: [{ type: 'text', text: '<img src=x onerror=alert(2)>' }] }]),
    );
    expect(markdown).toContain('```text\n<img src=x onerror=alert(2)>\n```');
    expect(markdown).not.toContain('a`b');
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const markdown = noteToMarkdown(noteWith([{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }]));
    expect(markdown).toContain('click');
    expect(markdown).not.toMatch(/javascript/i);
  });

  it('keeps an http link', () => {
    const markdown = noteToMarkdown(noteWith([{ type: 'paragraph', content: [{ type: 'text', text: 'VNA', marks: [{ type: 'link', attrs: { href: 'https://vnanet.vn/' } }] }] }]));
    expect(markdown).toContain('[VNA](https://vnanet.vn/)');
  });

  it('leaves out a source address that is not a web address', () => {
    const note = noteWith([{ type: 'paragraph', content: [{ type: 'text', text: 'Fact ' }, { type: 'citation', attrs: { citationId: 'c1', paragraph: 1 } }] }], {
      sources: [{ id: 's', title: 'T', publisher: 'VNA', url: 'javascript:alert(1)', published: '2022-10-11', text: 'Fact here.' }],
      annotations: [{ id: 'c1', kind: 'citation', sourceId: 's', selector: [{ type: 'TextQuoteSelector', exact: 'Fact here.', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 10 }] } as never],
    });
    const markdown = noteToMarkdown(note);
    expect(markdown).toContain('[^1]');
    expect(markdown).not.toMatch(/javascript/i);
  });
});
