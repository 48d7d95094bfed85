import { labelled } from '../i18n/ui-language';
import type { OutlineEntry } from '../app/note-outline';
import { element } from './element';

export interface OutlinePanel {
  root: HTMLElement;
  show(outline: readonly OutlineEntry[]): void;
  setOpen(open: boolean): void;
  readonly isOpen: boolean;
}

/** The note's headings, nested by level; choosing one moves the cursor to it. */
export function createOutlinePanel(go: (pos: number) => void): OutlinePanel {
  const list = element('ul', { class: 'outline-list' });
  const empty = labelled(element('p', { class: 'outline-empty' }), 'aids.outline.empty');
  const heading = labelled(element('h2', { class: 'outline-heading', id: 'outline-heading' }), 'aids.outline.region');
  const root = element('section', { class: 'outline', 'aria-labelledby': 'outline-heading', hidden: true }, heading, empty, list);

  const item = (entry: OutlineEntry): HTMLLIElement => {
    const link = element('button', { type: 'button', class: 'outline-item', 'data-level': String(entry.level) }, entry.text || '…');
    link.addEventListener('click', () => go(entry.pos));
    const node = element('li', {}, link);
    if (entry.children.length > 0) node.append(element('ul', {}, ...entry.children.map(item)));
    return node;
  };

  return {
    root,
    show(outline) {
      list.replaceChildren(...outline.map(item));
      empty.hidden = outline.length > 0;
    },
    setOpen(open) {
      root.hidden = !open;
    },
    get isOpen() {
      return !root.hidden;
    },
  };
}
