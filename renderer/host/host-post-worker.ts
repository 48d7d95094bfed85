// Uploads one host call from a worker: `fetch` with a whole note as its body costs the
// page tens of milliseconds on a long note (more than a frame), so saves and
// recovery-journal writes are sent from here, off the typing path.

interface PostRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const scope = self as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent<PostRequest>) => void): void };

scope.addEventListener('message', (event) => {
  const { id, url, headers, body } = event.data;
  void (async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers, body });
      scope.postMessage({ id, status: response.status, body: response.ok ? ((await response.json()) as unknown) : null });
    } catch {
      scope.postMessage({ id, status: 0, body: null });
    }
  })();
});
export {};
