/**
 * Where the worker that posts a call puts the parts of a note it holds: in
 * `shell`, from `from` to `to`, goes the text of `part` (a top-level block's
 * list for the body, one text for sources and for annotations).
 */
export interface BodyCut {
  from: number;
  to: number;
  fill: 'blocks' | 'sources' | 'annotations';
}

/**
 * A host call's body as the page hands it to the worker: `JSON.stringify(args)`
 * with the note's parts left out. Each part has a key; `texts` carries the
 * parts the worker does not hold yet, so the page serialises only what changed.
 */
export interface BodyRecipe {
  shell: string;
  cuts: BodyCut[];
  /** One key a top-level block, in order. Typed: postMessage copies it in one piece, not key by key. */
  blocks: Uint32Array;
  sources: number;
  annotations: number;
  texts: [number, string][];
}

interface NoteArgs {
  note: { doc: { content: unknown[] }; sources: unknown; annotations: unknown };
}

function carriesNote(args: unknown): args is NoteArgs {
  const note = (args as Partial<NoteArgs> | null)?.note;
  return !!note && Array.isArray(note.doc?.content) && note.sources !== undefined && note.annotations !== undefined;
}

const FILLS = ['blocks', 'sources', 'annotations'] as const;

/**
 * The page's side of the worker's part cache: which parts of the notes it
 * sent the worker still holds. A part is known by its object: the session
 * hands over the same object for a block, the sources or the annotations when
 * they did not change (see note-json.ts), so a save of a long note costs the
 * page what the edit touched. The worker keeps the parts of the last call
 * that carried a note and drops the rest; this mirror does the same.
 */
export class NoteBodyParts {
  // `named`: the number of the last recipe that named the part (or, for a part sent ahead,
  // of the recipe before it). The worker holds the parts the previous recipe named and
  // those sent ahead since, so no set of keys is rebuilt for each save.
  private readonly parts = new WeakMap<object, { key: number; named: number }>();
  private nextKey = 0;
  private recipes = 0;
  // Drawn once, not for each call: a fresh one was 0.2 ms of every save's main-thread time.
  private readonly placeholderId = crypto.randomUUID();

  /** What the worker needs to build `JSON.stringify(args)`; null for a call without a note. */
  recipe(args: unknown): BodyRecipe | null {
    if (!carriesNote(args)) return null;
    const { note } = args;
    const recipe = ++this.recipes;
    const texts: [number, string][] = [];
    const keyOf = (value: unknown): number => {
      const part = this.partFor(value);
      if (part.named < recipe - 1) texts.push([part.key, JSON.stringify(value) ?? 'null']);
      part.named = recipe;
      return part.key;
    };
    const { content } = note.doc;
    const blocks = new Uint32Array(content.length);
    for (let index = 0; index < content.length; index++) blocks[index] = keyOf(content[index]);
    const sources = keyOf(note.sources);
    const annotations = keyOf(note.annotations);
    // Placeholders no note can contain stand in for the parts; found in the small shell.
    const placeholder = (fill: string): string => `${fill}-${this.placeholderId}`;
    const shell = JSON.stringify({
      ...args,
      note: { ...note, doc: { ...note.doc, content: placeholder('blocks') }, sources: placeholder('sources'), annotations: placeholder('annotations') },
    });
    const cuts = FILLS.map((fill) => {
      const quoted = JSON.stringify(placeholder(fill));
      const from = shell.indexOf(quoted);
      return { from, to: from + quoted.length, fill };
    }).sort((a, b) => a.from - b.from);
    return { shell, cuts, blocks, sources, annotations, texts };
  }

  /**
   * Parts of the open note to hand the worker ahead of its next call (the
   * blocks, sources and annotations a save would carry), as texts to send:
   * only those it does not hold. They count as held by that call, so a first
   * save or journal write after opening a long note sends only what changed.
   */
  hold(parts: readonly object[]): [number, string][] {
    const texts: [number, string][] = [];
    for (const value of parts) {
      const part = this.partFor(value);
      if (part.named < this.recipes) texts.push([part.key, JSON.stringify(value)]);
      part.named = this.recipes;
    }
    return texts;
  }

  // Objects are known by identity; anything else (a malformed note) is new every time.
  private partFor(value: unknown): { key: number; named: number } {
    if (typeof value !== 'object' || value === null) return { key: this.nextKey++, named: -1 };
    let part = this.parts.get(value);
    if (!part) {
      part = { key: this.nextKey++, named: -1 };
      this.parts.set(value, part);
    }
    return part;
  }
}

const encoder = new TextEncoder();
const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((mark) => encoder.encode(mark)) as [Uint8Array, Uint8Array, Uint8Array];

/**
 * The worker's side: each part it was sent, kept as UTF-8 for the next call,
 * and the body of a call built from them. Bytes, not text: joining a long
 * note's text and encoding it for every journal write took the worker tens of
 * milliseconds, on a core the page's typing needs; copying bytes is a memcpy.
 */
export class HeldBodyParts {
  private held = new Map<number, Uint8Array>();

  /** Parts sent ahead of a call (`NoteBodyParts.hold`): kept until a call leaves them out. */
  hold(texts: readonly [number, string][]): void {
    for (const [key, text] of texts) this.held.set(key, encoder.encode(text));
  }

  body(recipe: BodyRecipe): Uint8Array<ArrayBuffer> {
    const held = new Map<number, Uint8Array>();
    for (const [key, text] of recipe.texts) held.set(key, encoder.encode(text));
    const bytesOf = (key: number): Uint8Array => {
      const bytes = held.get(key) ?? this.held.get(key);
      if (bytes === undefined) throw new Error(`The page referred to a part of the note it never sent (${key}).`);
      held.set(key, bytes);
      return bytes;
    };
    const blocks = [OPEN];
    for (const key of recipe.blocks) {
      if (blocks.length > 1) blocks.push(COMMA);
      blocks.push(bytesOf(key));
    }
    blocks.push(CLOSE);
    const fills = { blocks, sources: [bytesOf(recipe.sources)], annotations: [bytesOf(recipe.annotations)] };
    this.held = held;
    const pieces: Uint8Array[] = [];
    let from = 0;
    for (const cut of recipe.cuts) {
      pieces.push(encoder.encode(recipe.shell.slice(from, cut.from)), ...fills[cut.fill]);
      from = cut.to;
    }
    pieces.push(encoder.encode(recipe.shell.slice(from)));
    return joinBytes(pieces);
  }
}

function joinBytes(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}
