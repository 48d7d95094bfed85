// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { anchorRanges } from '../../../core/annotations/anchor-ranges';
import { CommentThreadSchema, threadsIn, type CommentThread } from '../../../core/annotations/comment-thread';
import { HighlightSchema, highlightsIn, type Highlight } from '../../../core/annotations/highlight';
import { describePassage } from '../../../core/annotations/text-selectors';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';
import { createEmptyNote } from '../../../core/document/note-format';
import { readNoteFile } from '../../../core/document/read-note-file';
import { commented, doc, highlighted, p, schema } from './builders';

const anchors = (node: ProseMirrorNode) => ({
  comments: anchorRanges(node, 'comment', 'threadId'),
  highlights: anchorRanges(node, 'highlight', 'highlightId'),
});

const HTML_LOOKALIKE = '<img src=x onerror=alert(1)>';
const VIETNAMESE = 'Đồng ý với đề xuất của Nhật Bản.\nCần xác minh số liệu với Bộ Quốc phòng.';
const VIETNAMESE_DECOMPOSED = 'Hà Nội'.normalize('NFD');

const body = doc(
  p(commented('t1', 'Việt Nam và ', commented('t2', 'Nhật Bản')), commented('t2', ' đồng chủ trì'), ' EWG PKO ', highlighted('h1', 'verify', 'nhiệm kỳ 2021–2024'), '.'),
  p(commented('t1', 'tại ', highlighted('h2', 'sensitive', VIETNAMESE_DECOMPOSED))),
  p(commented('t3', HTML_LOOKALIKE)),
);

const source = { id: 's1', title: 'ADMM-Plus EWG on PKO', publisher: 'VnExpress', url: 'https://example.org/ewg', published: '2022-10-11', text: 'Vietnam and Japan co-chair the EWG PKO for 2021–2024.' };

const threads: CommentThread[] = [
  {
    id: 't1',
    kind: 'comment',
    status: 'open',
    quote: 'Việt Nam và Nhật Bản',
    comments: [
      { id: 'c1', author: 'Nguyễn Thị Lan', created: '2022-10-11T09:00:00.000Z', edited: null, text: VIETNAMESE },
      { id: 'c2', author: 'J. Smith', created: '2022-10-11T09:05:00+07:00', edited: '2022-10-11T09:06:00.000Z', text: 'Agreed.\r\n\r\nSee para 3.\t(tab)' },
    ],
    resolved: null,
  },
  {
    id: 't2',
    kind: 'comment',
    status: 'resolved',
    quote: 'Nhật Bản đồng chủ trì',
    comments: [{ id: 'c3', author: 'Lan', created: '2022-10-11T10:00:00.000Z', edited: null, text: `Quote "as is": ${HTML_LOOKALIKE} & <b>bold</b> </script>` }],
    resolved: { by: 'Lan', at: '2022-10-12T08:00:00.000Z' },
  },
  {
    id: 't3',
    kind: 'comment',
    status: 'open',
    quote: HTML_LOOKALIKE,
    comments: [{ id: 'c4', author: '<script>alert(1)</script>', created: '2022-10-11T11:00:00.000Z', edited: null, text: HTML_LOOKALIKE }],
    resolved: null,
  },
];

const highlights: Highlight[] = [
  { id: 'h1', kind: 'highlight', meaning: 'verify', sourceId: null, selector: null },
  { id: 'h2', kind: 'highlight', meaning: 'sensitive', sourceId: null, selector: null },
  { id: 'h3', kind: 'highlight', meaning: 'key', sourceId: 's1', selector: describePassage(source.text, { start: 0, end: 17 }) },
];

describe('annotation anchors in JSON', () => {
  it('survive toJSON → nodeFromJSON: an equal document with the same anchors', () => {
    const restored = schema.nodeFromJSON(body.toJSON());
    restored.check();
    expect(restored.eq(body)).toBe(true);
    expect(anchors(restored)).toEqual(anchors(body));
    expect(anchors(body).comments.size).toBe(3);
    expect(anchors(body).highlights.size).toBe(2);
  });

  it('survive a trip through JSON text', () => {
    const restored = schema.nodeFromJSON(JSON.parse(JSON.stringify(body.toJSON())));
    expect(restored.eq(body)).toBe(true);
    expect(anchors(restored)).toEqual(anchors(body));
  });
});

describe('a note file with comment threads and highlights', () => {
  const empty = createEmptyNote(new Date('2022-10-11T09:00:00Z'));
  const note: NoteFile = {
    ...empty,
    meta: { ...empty.meta, title: 'EWG PKO — Việt Nam & Nhật Bản' },
    doc: body.toJSON() as DocumentNode,
    sources: [source],
    annotations: [...threads, ...highlights],
  };

  it('uses annotations the annotation schemas accept', () => {
    for (const thread of threads) expect(CommentThreadSchema.parse(thread)).toEqual(thread);
    for (const highlight of highlights) expect(HighlightSchema.parse(highlight)).toEqual(highlight);
  });

  it('reads back unchanged from its JSON text', () => {
    expect(readNoteFile(JSON.stringify(note))).toEqual({ ok: true, note, readOnly: false, migratedFrom: null });
  });

  it('reads back unchanged from pretty-printed JSON text', () => {
    expect(readNoteFile(JSON.stringify(note, null, 2))).toEqual({ ok: true, note, readOnly: false, migratedFrom: null });
  });

  it('gives back the same threads and highlights, with comment text exactly as written', () => {
    const reading = readNoteFile(JSON.stringify(note));
    if (!reading.ok) throw new Error(reading.problem);
    expect(threadsIn(reading.note.annotations)).toEqual(threads);
    expect(highlightsIn(reading.note.annotations)).toEqual(highlights);
    const [first, second, third] = threadsIn(reading.note.annotations);
    expect(first!.comments[0]!.text).toBe(VIETNAMESE);
    expect(first!.comments[0]!.text.split('\n')).toHaveLength(2);
    expect(first!.comments[1]!.text).toBe('Agreed.\r\n\r\nSee para 3.\t(tab)');
    expect(second!.comments[0]!.text).toBe('Quote "as is": <img src=x onerror=alert(1)> & <b>bold</b> </script>');
    expect(third!.comments[0]!.text).toBe(HTML_LOOKALIKE);
    expect(third!.comments[0]!.author).toBe('<script>alert(1)</script>');
  });

  it('gives back a body with the same anchors, HTML-like text kept as literal text', () => {
    const reading = readNoteFile(JSON.stringify(note));
    if (!reading.ok) throw new Error(reading.problem);
    const restored = schema.nodeFromJSON(reading.note.doc);
    expect(restored.eq(body)).toBe(true);
    expect(anchors(restored)).toEqual(anchors(body));
    expect(restored.child(2).textContent).toBe(HTML_LOOKALIKE);
    expect(restored.child(2).firstChild!.isText).toBe(true);
    expect(restored.child(1).textContent).toBe(`tại ${VIETNAMESE_DECOMPOSED}`);
    expect(restored.child(1).textContent).not.toBe(`tại ${VIETNAMESE_DECOMPOSED.normalize('NFC')}`);
  });
});
