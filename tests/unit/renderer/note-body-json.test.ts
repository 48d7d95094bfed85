// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HeldBodyParts, NoteBodyParts } from '../../../renderer/host/note-body-json';

const block = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The page's and the worker's halves joined as postMessage would: through a structured clone. */
function connected(): { send: (args: unknown) => string; hold: (parts: object[]) => number; sentTexts: () => number } {
  const page = new NoteBodyParts();
  const worker = new HeldBodyParts();
  let texts = 0;
  return {
    send(args) {
      const recipe = page.recipe(args);
      if (!recipe) return JSON.stringify(args ?? {});
      texts = recipe.texts.length;
      return new TextDecoder().decode(worker.body(structuredClone(recipe)));
    },
    hold(parts) {
      const held = page.hold(parts);
      worker.hold(structuredClone(held));
      return held.length;
    },
    sentTexts: () => texts,
  };
}

const saveOf = (content: object[], rest: { sources?: unknown[]; annotations?: unknown[] } = {}) => ({
  id: 'a.brief',
  note: { format: 'f', meta: { title: 'T' }, doc: { type: 'doc', content }, sources: rest.sources ?? [], annotations: rest.annotations ?? [] },
  etag: null,
});

describe('the worker’s copy of the note’s parts', () => {
  it('builds JSON.stringify of each call, sending only the blocks that changed', () => {
    const { send, sentTexts } = connected();
    const blocks = [block('First “quoted” \\ line.'), block('"blocks-placeholder"'), block('Third.'), block('Fourth.')];
    const first = saveOf(blocks);
    expect(send(first)).toBe(JSON.stringify(first));
    expect(sentTexts()).toBe(6);

    const edited = saveOf([blocks[0]!, block('Changed.'), blocks[2]!, blocks[3]!], { sources: first.note.sources, annotations: first.note.annotations });
    expect(send(edited)).toBe(JSON.stringify(edited));
    expect(sentTexts()).toBe(1);

    const [a, b, c, d] = edited.note.doc.content as object[];
    const reordered = saveOf([d!, b!, a!], { sources: edited.note.sources, annotations: edited.note.annotations });
    expect(send(reordered)).toBe(JSON.stringify(reordered));
    expect(sentTexts()).toBe(0);

    // A block dropped and then brought back (undo) is sent again: the worker let it go.
    const undone = saveOf([d!, b!, a!, c!], { sources: edited.note.sources, annotations: edited.note.annotations });
    expect(send(undone)).toBe(JSON.stringify(undone));
    expect(sentTexts()).toBe(1);
  });

  it('builds a journal write, and a save of another note, whole', () => {
    const { send, sentTexts } = connected();
    const blocks = [block('One.'), block('Two.')];
    const sources = [{ id: 'source-1', text: 'An "article".' }];
    const annotations = [{ id: 't-1', kind: 'comment', quote: 'x' }];
    const save = saveOf(blocks, { sources, annotations });
    expect(send(save)).toBe(JSON.stringify(save));
    const journal = { key: 'k', noteId: 'a.brief', etag: 'e', title: 'One.', preview: 'One. Two.', note: save.note };
    expect(send(journal)).toBe(JSON.stringify(journal));
    expect(sentTexts()).toBe(0);

    const withHighlight = saveOf(blocks, { sources, annotations: [...annotations, { id: 'h-1', kind: 'highlight' }] });
    expect(send(withHighlight)).toBe(JSON.stringify(withHighlight));
    expect(sentTexts()).toBe(1);

    const other = saveOf([block('Another note.')], { sources: [], annotations: [] });
    expect(send(other)).toBe(JSON.stringify(other));
    expect(sentTexts()).toBe(3);
  });

  it('leaves calls without a note as they are, and the parts held untouched', () => {
    const { send, sentTexts } = connected();
    const save = saveOf([block('One.')]);
    send(save);
    expect(send({ query: 'x' })).toBe('{"query":"x"}');
    expect(send(undefined)).toBe('{}');
    expect(send(save)).toBe(JSON.stringify(save));
    expect(sentTexts()).toBe(0);
  });

  it('takes parts sent ahead of a call as held by it, and sends them again once a call left them out', () => {
    const { send, hold, sentTexts } = connected();
    const blocks = [block('One.'), block('Two.'), block('Three.')];
    const save = saveOf(blocks);
    expect(hold([save.note.sources, save.note.annotations])).toBe(2);
    expect(hold(blocks.slice(0, 2))).toBe(2);
    expect(hold(blocks.slice(0, 2))).toBe(0);
    expect(send(save)).toBe(JSON.stringify(save));
    expect(sentTexts()).toBe(1);

    // Ahead of the second call too: held alongside what the first one named.
    const four = block('Four.');
    expect(hold([four])).toBe(1);
    const longer = saveOf([...blocks, four], { sources: save.note.sources, annotations: save.note.annotations });
    expect(send(longer)).toBe(JSON.stringify(longer));
    expect(sentTexts()).toBe(0);

    // Left out by a call, the worker lets it go: held again, it is sent again.
    const shorter = saveOf(blocks, { sources: save.note.sources, annotations: save.note.annotations });
    expect(send(shorter)).toBe(JSON.stringify(shorter));
    expect(hold([four])).toBe(1);
    expect(send(longer)).toBe(JSON.stringify(longer));
    expect(sentTexts()).toBe(0);
  });

  it('refuses a recipe naming a part it was never sent', () => {
    const page = new NoteBodyParts();
    const one = block('One.');
    page.recipe(saveOf([one]));
    const second = page.recipe(saveOf([one, block('Two.')]))!;
    expect(() => new HeldBodyParts().body(second)).toThrow(/never sent/);
  });
});
