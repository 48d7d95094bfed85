import { describe, expect, it } from 'vitest';
import { CommentThreadSchema, threadsIn } from '../../../core/annotations/comment-thread';
import * as threads from '../../../core/annotations/thread-edits';
import type { Annotation } from '../../../core/document/note-file';

let counter = 0;
const at = (iso: string): threads.Actor => ({ author: 'Lan', now: new Date(iso), newId: () => `m${++counter}` });
const citation = { id: 'c1', kind: 'citation' } as Annotation;

describe('thread edits', () => {
  it('runs a whole review round, leaving other annotations alone', () => {
    let list: Annotation[] = threads.startThread([citation], 't1', '  video\n conference ', ' Was Japan there? ', at('2026-11-28T09:00:00Z'));
    list = threads.reply(list, 't1', 'Video only.', { ...at('2026-11-28T09:05:00Z'), author: 'Minh' });
    list = threads.editComment(list, 't1', threadsIn(list)[0]!.comments[0]!.id, 'Was Japan present?', at('2026-11-28T09:06:00Z'));
    list = threads.resolveThread(list, 't1', { ...at('2026-11-28T09:10:00Z'), author: 'Minh' });

    expect(list[0]).toBe(citation);
    const [thread] = threadsIn(list);
    expect(CommentThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({ status: 'resolved', quote: 'video conference', resolved: { by: 'Minh', at: '2026-11-28T09:10:00.000Z' } });
    expect(thread!.comments.map((comment) => [comment.author, comment.text, comment.edited])).toEqual([
      ['Lan', 'Was Japan present?', '2026-11-28T09:06:00.000Z'],
      ['Minh', 'Video only.', null],
    ]);

    list = threads.reopenThread(list, 't1');
    expect(threadsIn(list)[0]).toMatchObject({ status: 'open', resolved: null });
  });

  it('removes the thread with its last comment', () => {
    let list: Annotation[] = threads.startThread([], 't1', 'x', 'first', at('2026-11-28T09:00:00Z'));
    list = threads.reply(list, 't1', 'second', at('2026-11-28T09:01:00Z'));
    const [first, second] = threadsIn(list)[0]!.comments;
    list = threads.deleteComment(list, 't1', first!.id);
    expect(threadsIn(list)[0]!.comments).toEqual([second]);
    expect(threads.deleteComment(list, 't1', second!.id)).toEqual([]);
  });

  it('keeps comment text as typed: plain text, NFC, line breaks kept', () => {
    const list = threads.startThread([], 't1', 'x', 'Ha\u0300 No\u0323\u0302i\r\nline two <b>not bold</b>', at('2026-11-28T09:00:00Z'));
    expect(threadsIn(list)[0]!.comments[0]!.text).toBe('Hà Nội\nline two <b>not bold</b>');
  });
});
