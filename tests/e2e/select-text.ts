import type { Locator } from '@playwright/test';

/** Selects `text` inside `container` (its first occurrence, across marks), as a user dragging over it would. */
export async function selectText(container: Locator, text: string): Promise<void> {
  await container.evaluate((element: HTMLElement, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes.map((node) => node.data).join('');
    const at = whole.indexOf(wanted);
    if (at === -1) throw new Error(`no text “${wanted}”`);
    const point = (offset: number): [Text, number] => {
      for (const node of nodes) {
        if (offset <= node.data.length) return [node, offset];
        offset -= node.data.length;
      }
      throw new Error('offset beyond the text');
    };
    // A user's drag focuses the editor first; the editor ignores selections while unfocused.
    if (element.isContentEditable) element.focus();
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + wanted.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    // The editor reads the selection on 'selectionchange'; let the browser deliver it first.
    return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  }, text);
}
