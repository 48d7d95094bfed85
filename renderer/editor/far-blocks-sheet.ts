import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { FarRun } from './long-note-window';

/**
 * Takes each run of a long note's far blocks out of layout with one rule of
 * `nth-child` ranges, in a stylesheet of its own. One decoration per block would
 * be simpler, but ProseMirror looks through the note's top-level decorations for
 * every block on each update: 2,400 of them took 18 ms a key.
 *
 * The rules are written twice per change. First from the document, just before
 * ProseMirror draws it (`fromDocument`, called from the decorations prop): a new
 * note's 2,400 blocks must never be laid out, and ProseMirror's setting of the
 * selection lays the page out before any plugin view hears of the change. Then
 * checked against the DOM (`checkDom`), which also counts any widget another
 * plugin put between the blocks (a gap cursor).
 *
 * The sheet lasts as long as the editor: its plugin views are made anew whenever a
 * note is opened (a fresh state and history), and a sheet taken away with them
 * would be gone just after the new note's rules were written.
 */
export class FarBlocksSheet {
  #sheet: CSSStyleSheet | null = null;
  #written = '';
  #far: readonly FarRun[] | null = null;
  #blocks = -1;
  #checked = true;
  #children = -1;

  fromDocument(doc: ProseMirrorNode, far: readonly FarRun[]): void {
    // Typing maps the runs without moving any block among its siblings.
    const same = this.#far && doc.childCount === this.#blocks && far.length === this.#far.length && far.every((run, index) => run.heights === this.#far![index]!.heights);
    if (same) return;
    this.#far = far;
    this.#blocks = doc.childCount;
    this.#checked = false;
    const ranges: [number, number][] = [];
    let run = 0;
    doc.forEach((_block, start, index) => {
      const current = far[run];
      if (!current || start !== current.from) return;
      run += 1;
      // The spacers of this run and the ones before it come before this block.
      const first = index + 1 + run;
      ranges.push([first, first + current.heights.length - 1]);
    });
    this.#write(ranges);
  }

  checkDom(view: EditorView, far: readonly FarRun[]): void {
    if (this.#checked && view.dom.childElementCount === this.#children) return;
    this.#checked = true;
    this.#children = view.dom.childElementCount;
    const siblings = Array.prototype.slice.call(view.dom.children) as Element[];
    const { doc } = view.state;
    const ranges = far.map((run): [number, number] => {
      const last = doc.resolve(run.to).nodeBefore;
      const first = siblings.indexOf(view.nodeDOM(run.from) as Element) + 1;
      const end = last ? siblings.indexOf(view.nodeDOM(run.to - last.nodeSize) as Element) + 1 : 0;
      return [first, end];
    });
    this.#write(ranges.filter(([first, end]) => first > 0 && end >= first));
  }

  #write(ranges: readonly [number, number][]): void {
    const text = ranges.map(([first, end]) => `.note-body.long-note > :nth-child(n + ${first}):nth-child(-n + ${end}) { display: none; }`).join('\n');
    if (text === this.#written) return;
    this.#written = text;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(text);
  }
}
