const cachedText = new WeakMap<object, string>();

function textOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  let text = cachedText.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    cachedText.set(value, text);
  }
  return text;
}

interface NoteArgs {
  note: { doc: { content: unknown[] }; sources: unknown; annotations: unknown };
}

function carriesNote(args: unknown): args is NoteArgs {
  const note = (args as Partial<NoteArgs> | null)?.note;
  return !!note && Array.isArray(note.doc?.content) && note.sources !== undefined && note.annotations !== undefined;
}

/**
 * `JSON.stringify(args)`, reusing the text of the parts of a note serialised
 * before: each top-level block of its body, its sources and its annotations. The
 * session hands over the same object for a part that did not change (see
 * note-json.ts), so saving a long note serialises only what changed.
 */
export function hostCallBody(args: unknown): string {
  if (!carriesNote(args)) return JSON.stringify(args ?? {});
  const { note } = args;
  // The cached texts go where placeholders no note can contain stand in the rest.
  const id = crypto.randomUUID();
  const parts = new Map([
    [JSON.stringify(`blocks-${id}`), `[${note.doc.content.map(textOf).join(',')}]`],
    [JSON.stringify(`sources-${id}`), textOf(note.sources)],
    [JSON.stringify(`annotations-${id}`), textOf(note.annotations)],
  ]);
  const [blocks, sources, annotations] = [...parts.keys()].map((placeholder) => JSON.parse(placeholder) as string);
  const shell = JSON.stringify({ ...args, note: { ...note, doc: { ...note.doc, content: blocks }, sources, annotations } });
  // Found in the small shell, then joined once: the parts can be megabytes.
  const places = [...parts.keys()].map((placeholder) => ({ at: shell.indexOf(placeholder), placeholder })).sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, placeholder } of places) {
    pieces.push(shell.slice(from, at), parts.get(placeholder)!);
    from = at + placeholder.length;
  }
  pieces.push(shell.slice(from));
  return pieces.join('');
}
