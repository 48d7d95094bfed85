// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteBodyParts } from '../../../renderer/host/note-body-json';

const block = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the worker that posts saves', () => {
  it('handles the page’s messages a moment after they come, in the order they came', async () => {
    vi.useFakeTimers();
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const replies: unknown[] = [];
    vi.stubGlobal('self', { addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => listeners.push(listener), postMessage: (reply: unknown) => replies.push(reply) });
    const sent: (Blob | string)[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: { body: Blob | string }) => {
      sent.push(init.body);
      return new Response('{"ok":true}', { status: 200 });
    });
    await import('../../../renderer/host/host-post-worker');
    const page = new NoteBodyParts();
    const blocks = [block('One.'), block('Two.')];
    const save = { id: 'a.brief', note: { meta: { title: 'T' }, doc: { type: 'doc', content: blocks }, sources: [], annotations: [] }, etag: null };
    const post = (data: unknown) => listeners.forEach((listener) => listener({ data: structuredClone(data) }));
    // A block handed over ahead, then the save that counts on the worker holding it.
    post({ hold: page.hold([blocks[0]!]) });
    post({ id: 1, url: 'http://127.0.0.1/api/notes.save', headers: {}, body: page.recipe(save) });
    expect(sent, 'nothing is built or sent inside the page’s task').toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(await Promise.all(sent.map((body) => new Response(body).text()))).toEqual([JSON.stringify(save)]);
    expect(replies).toEqual([{ id: 1, status: 200, body: { ok: true } }]);
  });
});
