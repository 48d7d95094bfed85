// Sends one host call from a worker: serialising and uploading a whole note takes
// tens of milliseconds of main-thread time on a long note (more than a frame), so
// saves and recovery-journal writes do it here, off the typing path.

interface PostRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  args: unknown;
}

const scope = self as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent<PostRequest>) => void): void };

scope.addEventListener('message', (event) => {
  const { id, url, headers, args } = event.data;
  void (async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
      scope.postMessage({ id, status: response.status, body: response.ok ? ((await response.json()) as unknown) : null });
    } catch {
      scope.postMessage({ id, status: 0, body: null });
    }
  })();
});
export {};
