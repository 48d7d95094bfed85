import type { NoteSession } from './note-session';

export const AUTOSAVE_DELAY_MS = 1000;
const RETRY_DELAYS_MS = [2000, 5000, 10_000, 30_000];

export interface AutosaveOptions {
  session: NoteSession;
  /** Saves the note, resolving a conflict with the user if there is one; rejects when the save failed. */
  save: () => Promise<void>;
  isEnabled: () => boolean;
}

/**
 * Saves a note that has a file about a second after typing stops, when the
 * window loses focus, and when the page is hidden; retries a failed save with
 * growing pauses. Untitled notes are covered by the recovery journal instead.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private running = false;

  constructor(private readonly options: AutosaveOptions) {
    options.session.onEdit(() => this.schedule(AUTOSAVE_DELAY_MS));
    window.addEventListener('blur', () => this.saveNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.saveNow();
    });
  }

  saveNow(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.applies()) return;
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private applies(): boolean {
    const { session, isEnabled } = this.options;
    return isEnabled() && session.current.id !== null && !session.isReadOnly && session.hasUnsavedChanges;
  }

  private async run(): Promise<void> {
    if (!this.applies()) return;
    // One at a time: a blur during a save (or an open conflict dialog) must not start another.
    if (this.running) return this.schedule(AUTOSAVE_DELAY_MS);
    this.running = true;
    try {
      await this.options.save();
      this.failures = 0;
    } catch {
      const delay = RETRY_DELAYS_MS[Math.min(this.failures++, RETRY_DELAYS_MS.length - 1)]!;
      if (this.options.session.current.saveState === 'failed') {
        this.options.session.markRetrying();
        this.schedule(delay);
      }
    } finally {
      this.running = false;
    }
  }
}
