import { rovingFocus } from './roving-focus';

/**
 * The source article's paragraphs as one Tab stop, ↑/↓/Home/End between
 * them. Reaching a paragraph by keyboard selects its text, so "Quote into
 * note" and the highlight buttons (Shift+Tab back to them) work without a mouse.
 */
export function paragraphsByKeyboard(body: HTMLElement): void {
  rovingFocus(body, '.source-paragraph', {
    orientation: 'vertical',
    onFocus(paragraph) {
      // A click focuses too; then the user's own drag makes the selection.
      if (!paragraph.matches(':focus-visible')) return;
      const text = paragraph.querySelector('.source-text');
      const selection = document.getSelection();
      if (!text || !selection) return;
      const range = document.createRange();
      range.selectNodeContents(text);
      selection.removeAllRanges();
      selection.addRange(range);
    },
  });
}
