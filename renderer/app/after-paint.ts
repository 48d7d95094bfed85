/** Runs `task` once the next frame has been painted: what can follow the note on screen waits for it. */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
