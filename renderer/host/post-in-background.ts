import { NoteBodyParts } from './note-body-json';

/** What a POST to the host answered: status 0 when the host did not answer at all. */
export interface PostReply {
  status: number;
  body: unknown;
}

export type Post = (url: string, headers: Record<string, string>, args: unknown) => Promise<PostReply>;

export interface BackgroundPost {
  post: Post;
  /** Hands the worker parts of the open note ahead of its next save (see NoteBodyParts.hold). */
  hold(parts: readonly object[]): void;
}

/**
 * POSTs through a dedicated worker (`host-post-worker.ts`), so that the page's
 * main thread only hands the arguments over. Where no worker can be started, or
 * once it has failed, calls go through `fallback` on the page itself.
 */
export function postInBackground(fallback: Post): BackgroundPost {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./host-post-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { post: fallback, hold: () => {} };
  }
  let broken = false;
  const parts = new NoteBodyParts();
  const waiting = new Map<number, (reply: PostReply) => void>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<PostReply & { id: number }>) => {
    const { id, status, body } = event.data;
    waiting.get(id)?.({ status, body });
    waiting.delete(id);
  });
  // A worker that failed (to load, say) answers the calls it had as "host not answering",
  // which saves retry; from then on calls go through the fallback, never to a dead worker.
  worker.addEventListener('error', (event) => {
    console.error('The worker that posts saves failed; they are posted from the page from now on.', event.message);
    broken = true;
    for (const settle of waiting.values()) settle({ status: 0, body: null });
    waiting.clear();
  });
  const post: Post = (url, headers, args) => {
    if (broken) return fallback(url, headers, args);
    return new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      // Only the parts of a note the worker does not hold cross over, as strings (one copy
      // each); the note as objects would be cloned node by node.
      worker.postMessage({ id, url, headers, body: parts.recipe(args) ?? JSON.stringify(args ?? {}) });
    });
  };
  const hold = (values: readonly object[]): void => {
    if (broken) return;
    const texts = parts.hold(values);
    if (texts.length) worker.postMessage({ hold: texts });
  };
  return { post, hold };
}
