/**
 * Returns a function that runs `task` once calls have paused for `ms`, and
 * then only when the browser is idle: work on the whole note stays off the
 * keystroke path.
 */
export function afterPause(task: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
    timer = setTimeout(() => {
      idle = requestIdleCallback(
        () => {
          idle = undefined;
          task();
        },
        { timeout: 1000 },
      );
    }, ms);
  };
}
