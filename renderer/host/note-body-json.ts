const blockText = new WeakMap<object, string>();

/**
 * `JSON.stringify(args)`, reusing the text of each top-level block of a note
 * body (`args.note.doc.content`) serialised before: the session hands over the
 * same object for a block the edit did not change (see note-json.ts), so saving
 * a long note serialises only what changed.
 */
export function hostCallBody(args: unknown): string {
  const note = (args as { note?: { doc?: { content?: unknown } } } | null)?.note;
  const blocks = note?.doc?.content;
  if (!note || !Array.isArray(blocks)) return JSON.stringify(args ?? {});
  const texts = blocks.map((block: unknown) => {
    if (typeof block !== 'object' || block === null) return JSON.stringify(block);
    let text = blockText.get(block);
    if (text === undefined) {
      text = JSON.stringify(block);
      blockText.set(block, text);
    }
    return text;
  });
  // The blocks go where a placeholder no note can contain stands in the rest.
  const placeholder = JSON.stringify(`blocks-${crypto.randomUUID()}`);
  const shell = JSON.stringify({ ...(args as object), note: { ...note, doc: { ...note.doc, content: JSON.parse(placeholder) as string } } });
  const at = shell.indexOf(placeholder);
  return `${shell.slice(0, at)}[${texts.join(',')}]${shell.slice(at + placeholder.length)}`;
}
