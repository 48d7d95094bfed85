import type { RenderPdf } from '../services/note-export';

/**
 * TEST ONLY. With `BRIEFING_TEST_HOLD_PRINT=1` in browser mode's environment,
 * every PDF print waits — without printing and without a timer — until its
 * export is cancelled, then fails as a cancelled print does. It lets the
 * end-to-end test press Cancel while an export is certainly in its
 * "Printing" stage, with no sleep and no race. Nothing else sets this
 * variable; the app never does.
 */
export const HOLD_PRINT_VARIABLE = 'BRIEFING_TEST_HOLD_PRINT';

export function holdPrintUntilCancelled(): RenderPdf {
  return (_page, signal) =>
    new Promise<never>((_, reject) => {
      if (!signal) return reject(new Error(`${HOLD_PRINT_VARIABLE} holds only exports that can be cancelled.`));
      signal.addEventListener('abort', () => reject(new Error('PDF export was cancelled.')), { once: true });
    });
}
