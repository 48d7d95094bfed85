import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** One heading of the note, where it starts in the document. */
export interface OutlineHeading {
  level: number;
  text: string;
  /** Position just inside the heading (where the cursor goes). */
  pos: number;
}

/** A heading with the headings under it. */
export interface OutlineEntry extends OutlineHeading {
  children: OutlineEntry[];
}

/** The note's headings in order. Headings sit at the top level or inside quotes and lists, so walk them all. */
export function headingsOf(doc: ProseMirrorNode): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      headings.push({ level: Number(node.attrs.level) || 1, text: node.textContent.trim(), pos: pos + 1 });
      return false;
    }
    return !node.isTextblock;
  });
  return headings;
}

/**
 * Nests headings by level: each goes under the nearest earlier heading of a
 * smaller level, so an H3 straight after an H1 sits one step in, not two.
 */
export function nestOutline(headings: readonly OutlineHeading[]): OutlineEntry[] {
  const roots: OutlineEntry[] = [];
  const open: OutlineEntry[] = [];
  for (const heading of headings) {
    const entry: OutlineEntry = { ...heading, children: [] };
    while (open.length > 0 && open[open.length - 1]!.level >= entry.level) open.pop();
    (open.length > 0 ? open[open.length - 1]!.children : roots).push(entry);
    open.push(entry);
  }
  return roots;
}

/** True when two outlines would show the same list (so the panel need not be rebuilt). */
export function sameOutline(a: readonly OutlineHeading[], b: readonly OutlineHeading[]): boolean {
  return a.length === b.length && a.every((heading, i) => heading.level === b[i]!.level && heading.text === b[i]!.text && heading.pos === b[i]!.pos);
}
