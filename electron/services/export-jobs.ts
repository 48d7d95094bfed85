/** How many cancels for jobs not (yet) started are remembered. */
const MAX_EARLY_CANCELS = 100;

/**
 * The exports running now, by the job id the renderer gave them, so that
 * `export.cancel` can abort one. A cancel may overtake its export on the way
 * (both are separate requests); it is remembered, and the export, when it
 * arrives, starts already aborted.
 */
export class ExportJobs {
  private readonly running = new Map<string, AbortController>();
  private readonly cancelledEarly = new Set<string>();

  /** Starts a job; `finish` must be called when it ends, however it ends. */
  start(jobId: string | undefined): { signal: AbortSignal; finish(): void } {
    const controller = new AbortController();
    if (jobId === undefined) return { signal: controller.signal, finish: () => {} };
    if (this.cancelledEarly.delete(jobId)) controller.abort();
    this.running.get(jobId)?.abort();
    this.running.set(jobId, controller);
    return {
      signal: controller.signal,
      finish: () => {
        if (this.running.get(jobId) === controller) this.running.delete(jobId);
      },
    };
  }

  /** Aborts a running job; true if there was one to abort. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (controller) {
      controller.abort();
      return true;
    }
    if (this.cancelledEarly.size >= MAX_EARLY_CANCELS) this.cancelledEarly.delete(this.cancelledEarly.values().next().value!);
    this.cancelledEarly.add(jobId);
    return false;
  }
}
