// Uploads one host call from a worker: `fetch` with a whole note as its body costs the
// page tens of milliseconds on a long note (more than a frame), so saves and
// recovery-journal writes are sent from here, off the typing path. The body is built
// here too, from the parts of the note this worker holds (see note-body-json.ts).
import { HeldBodyParts, type BodyRecipe } from './note-body-json';

interface PostRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: string | BodyRecipe;
}

/** Parts of the open note sent ahead of its next save (see NoteBodyParts.hold). */
interface HoldRequest {
  hold: [number, string][];
}

const scope = self as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent<PostRequest | HoldRequest>) => void): void };
const parts = new HeldBodyParts();

/**
 * How long a message waits before this worker handles it. On a machine with two cores the
 * thread a message wakes can take the page's own core while the page is still in the
 * task that posted it (the save's snapshot and hand-over): a trace of the book's saves
 * had the page's thread waiting 2–4 ms for its core, with under 1 ms of its own work.
 * Handled a moment later, the work runs once the page's task is done (docs/performance.md).
 */
const HANDLE_AFTER_MS = 2;
const waiting: (PostRequest | HoldRequest)[] = [];

scope.addEventListener('message', (event) => {
  waiting.push(event.data);
  // In the order they came: the parts held follow the order of the calls.
  if (waiting.length === 1) setTimeout(() => waiting.splice(0).forEach(handle), HANDLE_AFTER_MS);
});

function handle(message: PostRequest | HoldRequest): void {
  if ('hold' in message) {
    parts.hold(message.hold);
    return;
  }
  const { id, url, headers } = message;
  // Built in the order the page sent the calls: the parts held follow that order. A recipe
  // naming a part never sent throws, which the page takes as this worker failing.
  // A Blob goes to the network service by reference. Bytes or a string are copied in the
  // fetch call itself: 14–34 ms for the book-length note, on a core the page needs for typing.
  const body = typeof message.body === 'string' ? message.body : new Blob([parts.body(message.body)], { type: 'application/json' });
  void (async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers, body });
      scope.postMessage({ id, status: response.status, body: response.ok ? ((await response.json()) as unknown) : null });
    } catch {
      scope.postMessage({ id, status: 0, body: null });
    }
  })();
}
