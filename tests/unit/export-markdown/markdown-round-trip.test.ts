// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markdownToNote } from '../../../core/export/markdown/markdown-to-note';
import { noteToMarkdown } from '../../../core/export/markdown/note-to-markdown';
import type { NoteFile } from '../../../core/document/note-file';
import { locatePassage } from '../../../core/annotations/text-selectors';
import type { PassageSelectors } from '../../../core/annotations/text-selectors';
import { NOW, SOURCE, br, cite, citation, code, h, hr, li, noteOf, ol, p, quote, sampleNote, t, ul } from './note-builders';

function imported(markdown: string, sources = [SOURCE]): NoteFile {
  const result = markdownToNote(markdown, NOW, { sources });
  if (!result.ok) throw new Error(result.problem);
  return result.note;
}

const notes: [string, NoteFile][] = [
  ['the sample note', sampleNote()],
  ['an empty note', noteOf([p()])],
  ['escapes', noteOf([p(t('# not a heading')), p(t('1. x | y *z* _w_ [v] <u> \\ `t` ~s~ &amp;')), h(3, t('Issue #')), p(t('a'), br(), t('> b'))])],
  ['nested lists', noteOf([ul(li(p(t('a')), ul(li(p(t('b')), ol(li(p(t('c')))))))), ol(li(p(t('d'))), li(p(t('e')), quote(p(t('f')))))])],
  ['code and rules', noteOf([code('```\ninner fence\n```', 'ts'), hr(), code('plain')])],
  ['Vietnamese', noteOf([h(1, t('Đoàn công tác Bộ Quốc phòng')), p(t('Hà Nội (TTXVN) – Việt Nam và Nhật Bản *đồng chủ trì*.'))], { meta: { title: 'Đoàn công tác Bộ Quốc phòng', classification: 'Mật' } })],
];

describe('Markdown round trip', () => {
  it.each(notes)('export → import → export gives identical text: %s', (_name, note) => {
    const markdown = noteToMarkdown(note);
    expect(noteToMarkdown(imported(markdown))).toBe(markdown);
  });

  it('keeps "# not a heading" a paragraph', () => {
    const note = imported(noteToMarkdown(noteOf([p(t('# not a heading'))])));
    expect(note.doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '# not a heading' }] }]);
  });

  it('round-trips the metadata through the front matter', () => {
    const original = sampleNote();
    const { meta, sources } = imported(noteToMarkdown(original), []);
    expect(meta).toEqual({ ...original.meta, created: NOW.toISOString(), modified: NOW.toISOString() });
    expect(sources).toEqual([{ id: 'source-1', title: SOURCE.title, publisher: SOURCE.publisher, url: SOURCE.url, published: SOURCE.published, text: '' }]);
  });

  it('reads citation footnotes back as citations of the given source', () => {
    const original = noteOf([p(t('Co-chaired'), cite('c7', 2), t(' and agreed'), cite('c9', 3))], {
      sources: [SOURCE],
      annotations: [citation('c7', 'co-chaired by Viet Nam and Japan'), citation('c9', 'strengthen cooperation in UN peacekeeping')],
    });
    const note = imported(noteToMarkdown(original));
    expect(note.doc.content?.[0]?.content?.filter((node) => node.type === 'citation').map((node) => node.attrs)).toEqual([
      { citationId: 'c1', paragraph: 2 },
      { citationId: 'c2', paragraph: 3 },
    ]);
    expect(note.annotations.map((annotation) => ({ ...annotation, id: undefined }))).toEqual(
      original.annotations.map((annotation) => ({ ...annotation, id: undefined })),
    );
    expect(note.sources).toEqual([SOURCE]);
  });

  it('reads citation footnotes as unlocated citations of the front matter source when the article is not given', () => {
    const original = sampleNote();
    const markdown = noteToMarkdown(original);
    const note = imported(markdown, []);
    expect(note.sources).toEqual([{ id: 'source-1', title: SOURCE.title, publisher: SOURCE.publisher, url: SOURCE.url, published: SOURCE.published, text: '' }]);
    expect(note.annotations).toEqual([
      { id: 'c1', kind: 'citation', sourceId: 'source-1', selector: [{ type: 'TextQuoteSelector', exact: 'co-chaired by Viet Nam and Japan', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }] },
      { id: 'c2', kind: 'citation', sourceId: 'source-1', selector: [{ type: 'TextQuoteSelector', exact: 'strengthen cooperation in UN peacekeeping', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }] },
    ]);
    expect(locatePassage('', note.annotations[0]!.selector as PassageSelectors)).toBeNull();
    expect(noteToMarkdown(note)).toBe(markdown);
  });

  it('keeps citation footnotes as text at the end when they name no source of the note', () => {
    const markdown = noteToMarkdown(sampleNote()).replace(/^source:\n(?: {2}.*\n)+/m, '');
    const note = imported(markdown, []);
    expect(note.annotations).toEqual([]);
    const blocks = note.doc.content ?? [];
    const last = blocks.slice(-2).map((block) => block.content?.map((node) => node.text).join(''));
    expect(last[0]).toMatch(/^\[\^1\]: Vietnam News Agency, “.*”, 2022-10-11, https:\/\/\S+, ¶2: “co-chaired by Viet Nam and Japan”\.$/);
    expect(last[1]).toMatch(/^\[\^2\]: VNA, “.*”, ¶3: “strengthen cooperation in UN peacekeeping”\.$/);
    expect(JSON.stringify(blocks[2])).toContain('the meeting[^1], held by');
  });

  it('keeps comment footnotes as text, losing no words', () => {
    const note = imported(noteToMarkdown(sampleNote(), { comments: 'footnotes' }));
    const text = JSON.stringify(note.doc);
    for (const words of ['[^c1]: lan: Was Japan present in person?', 'minh: No: by video.', 'See the VNA report.', '(Resolved by minh.)', '[^c2]: lan: Check the *format* [online]']) {
      expect(text).toContain(words);
    }
  });
});
