// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hostCallBody } from '../../../renderer/host/note-body-json';

const block = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('hostCallBody', () => {
  it('is JSON.stringify of the call’s arguments, before and after a block changes', () => {
    const blocks = [block('First “quoted” \\ line.'), block('"blocks-placeholder"'), block('Third.')];
    const args = { id: 'a.brief', note: { meta: { title: 'T' }, doc: { type: 'doc', content: blocks }, annotations: [{ id: 'x', kind: 'comment' }] }, etag: null };
    expect(hostCallBody(args)).toBe(JSON.stringify(args));
    const edited = { ...args, note: { ...args.note, doc: { type: 'doc', content: [blocks[0], block('Changed.'), blocks[2]] } } };
    expect(hostCallBody(edited)).toBe(JSON.stringify(edited));
  });

  it('serialises calls without a note as they are', () => {
    expect(hostCallBody({ query: 'x' })).toBe('{"query":"x"}');
    expect(hostCallBody(undefined)).toBe('{}');
  });
});

describe('hostCallBody with sources and annotations', () => {
  it('is JSON.stringify of a whole note call, the cached parts included', () => {
    const sources = [{ id: 'source-1', text: 'An "article".' }];
    const annotations = [{ id: 't-1', kind: 'comment', quote: 'x' }];
    const args = { key: 'k', note: { format: 'f', meta: {}, doc: { type: 'doc', content: [block('One.')] }, sources, annotations } };
    expect(hostCallBody(args)).toBe(JSON.stringify(args));
    const next = { ...args, note: { ...args.note, annotations: [...annotations, { id: 'h-1', kind: 'highlight' }] } };
    expect(hostCallBody(next)).toBe(JSON.stringify(next));
  });
});
