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

scope.addEventListener('message', (event) => {
  if ('hold' in event.data) {
    parts.hold(event.data.hold);
    return;
  }
  const { id, url, headers } = event.data;
  // Built at once, in the order the page sent the calls: the parts held follow that order.
  // A recipe naming a part never sent throws, which the page takes as this worker failing.
  // A Blob goes to the network service by reference. Bytes or a string are copied in the
  // fetch call itself: 14–34 ms for the book-length note, on a core the page needs for typing.
  const body = typeof event.data.body === 'string' ? event.data.body : new Blob([parts.body(event.data.body)], { type: 'application/json' });
  void (async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers, body });
      scope.postMessage({ id, status: response.status, body: response.ok ? ((await response.json()) as unknown) : null });
    } catch {
      scope.postMessage({ id, status: 0, body: null });
    }
  })();
});
